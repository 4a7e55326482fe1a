double meshSurfaceArea(std::vector<Point3> const& vertices, std::vector<int> const& triangles) {
  auto cross = [](const std::vector<double>& u, const std::vector<double>& v) -> std::vector<double> {
    return {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
  };
  double area = 0.0;
  for (std::size_t t = 0; t < triangles.size() / 3; ++t) {
    const Point3& a = vertices[triangles[3 * t]];
    const Point3& b = vertices[triangles[3 * t + 1]];
    const Point3& c = vertices[triangles[3 * t + 2]];
    std::vector<double> u{b.x - a.x, b.y - a.y, b.z - a.z};
    std::vector<double> v{c.x - a.x, c.y - a.y, c.z - a.z};
    std::vector<double> n = cross(u, v);
    area += 0.5 * std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
  }
  return area;
}

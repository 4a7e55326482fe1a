double meshSurfaceArea(std::vector<Point3> const& vertices, std::vector<int> const& triangles) {
  double area = 0.0;
  for (std::size_t t = 0; t + 2 < triangles.size(); t += 3) {
    const Point3& a = vertices[triangles[t]];
    const Point3& b = vertices[triangles[t + 1]];
    const Point3& c = vertices[triangles[t + 2]];
    double ux = b.x - a.x, uy = b.y - a.y, uz = b.z - a.z;
    double vx = c.x - a.x, vy = c.y - a.y, vz = c.z - a.z;
    double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    area += std::sqrt(nx * nx + ny * ny + nz * nz);
  }
  return 0.5 * area;
}

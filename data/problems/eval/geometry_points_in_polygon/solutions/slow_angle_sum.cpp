size_t countPointsInPolygon(std::vector<Point> const& polygon, std::vector<Point> const& points) {
  std::size_t m = polygon.size(), count = 0;
  for (const Point& p : points) {
    // Winding number from the total angle the polygon sweeps around p.
    double total = 0.0;
    for (std::size_t i = 0; i < m; ++i) {
      const Point& a = polygon[i];
      const Point& b = polygon[(i + 1) % m];
      double ax = a.x - p.x, ay = a.y - p.y, bx = b.x - p.x, by = b.y - p.y;
      total += std::atan2(ax * by - ay * bx, ax * bx + ay * by);
    }
    if (std::fabs(total) > 3.141592653589793) ++count;
  }
  return count;
}

double largestTriangleArea(std::vector<Point> const& points) {
  std::size_t n = points.size();
  double best = 0.0;  // twice the area
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      double ux = points[j].x - points[i].x, uy = points[j].y - points[i].y;
      for (std::size_t k = j + 1; k < n; ++k) {
        double vx = points[k].x - points[i].x, vy = points[k].y - points[i].y;
        best = std::max(best, std::fabs(ux * vy - uy * vx));
      }
    }
  }
  return 0.5 * best;
}

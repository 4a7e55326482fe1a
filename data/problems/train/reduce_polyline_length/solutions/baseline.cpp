double polylineLength(std::vector<Point2D> const& path) {
  const std::size_t n = path.size();
  double even = 0.0, odd = 0.0;  // two accumulators: independent additions
  std::size_t i = 1;
  for (; i + 1 < n; i += 2) {
    double dx0 = path[i].x - path[i - 1].x, dy0 = path[i].y - path[i - 1].y;
    double dx1 = path[i + 1].x - path[i].x, dy1 = path[i + 1].y - path[i].y;
    even += std::sqrt(dx0 * dx0 + dy0 * dy0);
    odd += std::sqrt(dx1 * dx1 + dy1 * dy1);
  }
  if (i < n) {
    double dx = path[i].x - path[i - 1].x, dy = path[i].y - path[i - 1].y;
    even += std::sqrt(dx * dx + dy * dy);
  }
  return even + odd;
}

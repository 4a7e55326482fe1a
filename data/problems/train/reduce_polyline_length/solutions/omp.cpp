double polylineLength(std::vector<Point2D> const& path) {
  const std::size_t n = path.size();
  double total = 0.0;
  #pragma omp parallel for reduction(+ : total)
  for (std::size_t i = 1; i < n; ++i) {
    double dx = path[i].x - path[i - 1].x, dy = path[i].y - path[i - 1].y;
    total += std::sqrt(dx * dx + dy * dy);
  }
  return total;
}

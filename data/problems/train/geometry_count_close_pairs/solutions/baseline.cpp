size_t countClosePairs(std::vector<double> const& xs, std::vector<double> const& ys, double radius) {
  std::size_t n = xs.size(), count = 0;
  double r2 = radius * radius;
  for (std::size_t i = 0; i < n; ++i) {
    double xi = xs[i], yi = ys[i];
    std::size_t c = 0;
    for (std::size_t j = i + 1; j < n; ++j) {
      double dx = xs[j] - xi, dy = ys[j] - yi;
      c += dx * dx + dy * dy <= r2;
    }
    count += c;
  }
  return count;
}

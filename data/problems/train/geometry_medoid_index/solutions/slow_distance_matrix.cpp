int medoidIndex(std::vector<Point> const& points) {
  std::size_t n = points.size();
  std::vector<std::vector<double>> dist(n, std::vector<double>(n));
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      dist[i][j] = std::sqrt(std::pow(points[i].x - points[j].x, 2) + std::pow(points[i].y - points[j].y, 2));
  int best = 0;
  double bestSum = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    double s = 0.0;
    for (std::size_t j = 0; j < n; ++j) s += dist[i][j];
    if (i == 0 || s < bestSum) {
      bestSum = s;
      best = static_cast<int>(i);
    }
  }
  return best;
}

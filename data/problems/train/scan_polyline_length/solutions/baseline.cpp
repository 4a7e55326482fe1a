void cumulativeLength(std::vector<double> const& px, std::vector<double> const& py, std::vector<double>& dist) {
  const std::size_t n = px.size();
  if (n == 0) return;
  double total = 0.0;
  dist[0] = 0.0;
  for (std::size_t i = 1; i < n; ++i) {
    const double dx = px[i] - px[i - 1], dy = py[i] - py[i - 1];
    total += std::sqrt(dx * dx + dy * dy);
    dist[i] = total;
  }
}

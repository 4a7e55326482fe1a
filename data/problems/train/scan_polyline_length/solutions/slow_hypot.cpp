void cumulativeLength(std::vector<double> const& px, std::vector<double> const& py, std::vector<double>& dist) {
  for (std::size_t i = 0; i < px.size(); ++i) {
    if (i == 0) dist[i] = 0.0;
    else dist[i] = dist[i - 1] + std::hypot(px[i] - px[i - 1], py[i] - py[i - 1]);
  }
}

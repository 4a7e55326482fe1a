void weightedHistogram(std::vector<int> const& bins, std::vector<double> const& weights, std::vector<double>& totals) {
  for (auto& t : totals) t = 0.0;
  const std::size_t n = bins.size();
  for (std::size_t i = 0; i < n; ++i) totals[bins[i]] += weights[i];
}

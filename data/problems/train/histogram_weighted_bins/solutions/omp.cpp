void weightedHistogram(std::vector<int> const& bins, std::vector<double> const& weights, std::vector<double>& totals) {
  const std::size_t m = totals.size(), n = bins.size();
  for (auto& t : totals) t = 0.0;
  #pragma omp parallel
  {
    std::vector<double> local(m, 0.0);
    #pragma omp for nowait
    for (std::size_t i = 0; i < n; ++i) local[bins[i]] += weights[i];
    #pragma omp critical
    for (std::size_t k = 0; k < m; ++k) totals[k] += local[k];
  }
}

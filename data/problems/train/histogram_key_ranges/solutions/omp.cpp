void countInRanges(std::vector<int> const& keys, std::vector<int> const& bounds, std::vector<size_t>& counts) {
  const std::size_t m = bounds.size() - 1, n = keys.size();
  const int lo = bounds.front(), hi = bounds.back();
  for (auto& c : counts) c = 0;
  #pragma omp parallel
  {
    std::vector<size_t> local(m, 0);
    #pragma omp for nowait
    for (std::size_t i = 0; i < n; ++i) {
      int k = keys[i];
      if (k < lo || k >= hi) continue;
      ++local[std::upper_bound(bounds.begin(), bounds.end(), k) - bounds.begin() - 1];
    }
    #pragma omp critical
    for (std::size_t j = 0; j < m; ++j) counts[j] += local[j];
  }
}

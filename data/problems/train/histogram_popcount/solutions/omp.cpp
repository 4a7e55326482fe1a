void countByBitCount(std::vector<uint64_t> const& values, std::vector<size_t>& counts) {
  size_t total[65] = {};
  const std::size_t n = values.size();
  #pragma omp parallel
  {
    size_t c[65] = {};
    #pragma omp for nowait
    for (std::size_t i = 0; i < n; ++i) ++c[__builtin_popcountll(values[i])];
    #pragma omp critical
    for (int k = 0; k <= 64; ++k) total[k] += c[k];
  }
  for (int k = 0; k <= 64; ++k) counts[k] = total[k];
}

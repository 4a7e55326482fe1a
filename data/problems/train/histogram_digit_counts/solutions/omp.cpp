void decimalDigitCounts(std::vector<uint32_t> const& values, std::vector<size_t>& counts) {
  size_t total[10] = {};
  const std::size_t n = values.size();
  #pragma omp parallel
  {
    size_t c[10] = {};
    #pragma omp for nowait
    for (std::size_t i = 0; i < n; ++i) {
      uint32_t v = values[i];
      do {
        ++c[v % 10];
        v /= 10;
      } while (v != 0);
    }
    #pragma omp critical
    for (int d = 0; d < 10; ++d) total[d] += c[d];
  }
  for (int d = 0; d < 10; ++d) counts[d] = total[d];
}

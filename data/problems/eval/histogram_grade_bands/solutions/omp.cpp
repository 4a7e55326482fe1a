void countGradeBands(std::vector<int> const& scores, std::vector<size_t>& bands) {
  size_t counts[5] = {0, 0, 0, 0, 0};
  const std::size_t n = scores.size();
  #pragma omp parallel
  {
    size_t local[5] = {0, 0, 0, 0, 0};
    #pragma omp for nowait
    for (std::size_t i = 0; i < n; ++i) {
      int s = scores[i];
      int b = s < 60 ? 0 : (s >= 90 ? 4 : s / 10 - 5);
      ++local[b];
    }
    #pragma omp critical
    for (int b = 0; b < 5; ++b) counts[b] += local[b];
  }
  for (int b = 0; b < 5; ++b) bands[b] = counts[b];
}

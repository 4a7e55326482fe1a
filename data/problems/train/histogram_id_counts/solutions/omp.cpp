void countIds(std::vector<int> const& ids, size_t numIds, std::vector<size_t>& counts) {
  const std::size_t n = ids.size();
  for (size_t k = 0; k < numIds; ++k) counts[k] = 0;
  #pragma omp parallel
  {
    std::vector<size_t> local(numIds, 0);
    #pragma omp for nowait
    for (std::size_t i = 0; i < n; ++i) ++local[ids[i]];
    #pragma omp critical
    for (size_t k = 0; k < numIds; ++k) counts[k] += local[k];
  }
}

std::pair<int, int> minAndMax(std::vector<int> const& x) {
  int lo = x[0], hi = x[0];
  const std::size_t n = x.size();
  #pragma omp parallel for reduction(min : lo) reduction(max : hi)
  for (std::size_t i = 0; i < n; ++i) {
    int v = x[i];
    lo = v < lo ? v : lo;
    hi = v > hi ? v : hi;
  }
  return {lo, hi};
}

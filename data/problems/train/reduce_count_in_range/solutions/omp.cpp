size_t countInClosedRange(std::vector<int> const& x, int lo, int hi) {
  size_t count = 0;
  const std::size_t n = x.size();
  #pragma omp parallel for reduction(+ : count)
  for (std::size_t i = 0; i < n; ++i) count += (x[i] >= lo) & (x[i] <= hi);
  return count;
}

size_t countPerfectSquares(std::vector<uint32_t> const& x) {
  size_t count = 0;
  const std::size_t n = x.size();
  #pragma omp parallel for reduction(+ : count)
  for (std::size_t i = 0; i < n; ++i) {
    uint64_t r = static_cast<uint64_t>(std::sqrt(static_cast<double>(x[i])));
    count += r * r == x[i];
  }
  return count;
}

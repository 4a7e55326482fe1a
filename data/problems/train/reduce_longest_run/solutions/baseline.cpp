size_t longestRun(std::vector<int> const& x) {
  const std::size_t n = x.size();
  if (n == 0) return 0;
  size_t best = 1, run = 1;
  for (std::size_t i = 1; i < n; ++i) {
    run = x[i] == x[i - 1] ? run + 1 : 1;
    best = run > best ? run : best;
  }
  return best;
}

void segmentedPrefixSum(std::vector<int> const& x, std::vector<int> const& flags, std::vector<long long>& out) {
  const std::size_t n = x.size();
  long long running = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (flags[i] != 0) running = 0;
    running += x[i];
    out[i] = running;
  }
}

void exclusivePrefixSum(std::vector<int> const& x, std::vector<long long>& out) {
  long long running = 0;
  const std::size_t n = x.size();
  for (std::size_t i = 0; i < n; ++i) {
    out[i] = running;
    running += x[i];
  }
}

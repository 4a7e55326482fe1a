static std::vector<long long> exclusiveScan(std::vector<long long> values) {
  std::vector<long long> result;
  long long running = 0;
  for (long long v : values) {
    result.push_back(running);
    running += v;
  }
  return result;
}

void exclusivePrefixSum(std::vector<long long> const& x, std::vector<long long>& out) {
  std::vector<long long> result = exclusiveScan(x);
  for (std::size_t i = 0; i < result.size(); ++i) out[i] = result[i];
}

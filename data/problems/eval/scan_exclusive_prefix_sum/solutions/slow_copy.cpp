static long long scanInto(std::vector<int> values, std::vector<long long>& out) {
  long long running = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    out[i] = running;
    running += values[i];
  }
  return running;
}

void exclusivePrefixSum(std::vector<int> const& x, std::vector<long long>& out) {
  scanInto(x, out);
}

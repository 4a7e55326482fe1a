void segmentedPrefixSum(std::vector<int> const& x, std::vector<int> const& flags, std::vector<long long>& out) {
  const std::size_t n = x.size();
  std::size_t start = 0;
  while (start < n) {
    std::size_t end = start + 1;
    while (end < n && flags[end] == 0) ++end;
    // Scan this segment in a temporary vector.
    std::vector<long long> segment;
    for (std::size_t i = start; i < end; ++i) segment.push_back(x[i]);
    for (std::size_t i = 1; i < segment.size(); ++i) segment[i] += segment[i - 1];
    for (std::size_t i = start; i < end; ++i) out[i] = segment[i - start];
    start = end;
  }
}

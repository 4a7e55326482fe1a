long long equilibriumIndex(std::vector<int> const& x) {
  const std::size_t n = x.size();
  // prefix[i] = x[0] + ... + x[i-1]
  std::vector<long long> prefix(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) prefix[i + 1] = prefix[i] + x[i];
  for (std::size_t i = 0; i < n; ++i)
    if (prefix[i] == prefix[n] - prefix[i + 1]) return static_cast<long long>(i);
  return -1;
}

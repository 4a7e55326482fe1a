long long equilibriumIndex(std::vector<int> const& x) {
  long long total = 0;
  for (int v : x) total += v;
  long long left = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (2 * left + x[i] == total) return static_cast<long long>(i);
    left += x[i];
  }
  return -1;
}

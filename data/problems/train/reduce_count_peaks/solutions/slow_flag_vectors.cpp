size_t countPeaks(std::vector<int> const& x) {
  if (x.size() < 3) return 0;
  std::vector<bool> rises, falls;  // rises[i]: x[i] > x[i - 1]; falls[i]: x[i] > x[i + 1]
  for (std::size_t i = 0; i < x.size(); ++i) {
    rises.push_back(i > 0 && x[i] > x[i - 1]);
    falls.push_back(i + 1 < x.size() && x[i] > x[i + 1]);
  }
  size_t peaks = 0;
  for (std::size_t i = 1; i + 1 < x.size(); ++i)
    if (rises[i] && falls[i]) ++peaks;
  return peaks;
}

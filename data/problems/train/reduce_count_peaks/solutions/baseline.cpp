size_t countPeaks(std::vector<int> const& x) {
  const std::size_t n = x.size();
  size_t peaks = 0;
  for (std::size_t i = 1; i + 1 < n; ++i) peaks += (x[i - 1] < x[i]) & (x[i] > x[i + 1]);
  return peaks;
}

size_t countPeaks(std::vector<int> const& x) {
  if (x.size() < 3) return 0;
  // The sign of every step first: +1 up, -1 down, 0 flat.
  std::vector<signed char> step(x.size() - 1);
  for (std::size_t i = 0; i + 1 < x.size(); ++i) step[i] = (x[i + 1] > x[i]) - (x[i + 1] < x[i]);
  size_t peaks = 0;
  for (std::size_t i = 1; i < step.size(); ++i) peaks += step[i - 1] == 1 && step[i] == -1;
  return peaks;
}

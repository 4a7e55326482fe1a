void countGradeBands(std::vector<int> const& scores, std::vector<size_t>& bands) {
  size_t counts[5] = {0, 0, 0, 0, 0};
  for (int s : scores) {
    int b = s < 60 ? 0 : (s >= 90 ? 4 : s / 10 - 5);
    ++counts[b];
  }
  for (int b = 0; b < 5; ++b) bands[b] = counts[b];
}

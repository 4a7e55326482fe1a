size_t countInClosedRange(std::vector<int> const& x, int lo, int hi) {
  size_t count = 0;
  for (int v : x) count += (v >= lo) & (v <= hi);
  return count;
}

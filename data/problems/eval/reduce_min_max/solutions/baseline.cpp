std::pair<int, int> minAndMax(std::vector<int> const& x) {
  int lo = x[0], hi = x[0];
  for (int v : x) {
    lo = v < lo ? v : lo;
    hi = v > hi ? v : hi;
  }
  return {lo, hi};
}

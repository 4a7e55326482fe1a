void filterInRange(std::vector<int> const& x, int lo, int hi, std::vector<int>& out) {
  std::vector<int> kept;
  for (int v : x)
    if (v >= lo && v <= hi) kept.push_back(v);
  out = kept;
}

void countInRanges(std::vector<int> const& keys, std::vector<int> const& bounds, std::vector<size_t>& counts) {
  const std::size_t m = bounds.size() - 1;
  for (auto& c : counts) c = 0;
  const int lo = bounds.front(), hi = bounds.back();
  for (int k : keys) {
    if (k < lo || k >= hi) continue;
    // The range is the last bound <= k.
    std::size_t j = std::upper_bound(bounds.begin(), bounds.end(), k) - bounds.begin() - 1;
    ++counts[j];
  }
  (void)m;
}

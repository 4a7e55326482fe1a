void coverageCounts(std::vector<Interval> const& intervals, size_t length, std::vector<size_t>& coverage) {
  // +1 where an interval starts, -1 where it ends, then a running sum.
  std::vector<size_t> delta(length + 1, 0);
  for (const Interval& iv : intervals) {
    ++delta[iv.start];
    --delta[iv.end];  // wraps around; the running sum wraps back
  }
  size_t depth = 0;
  for (size_t p = 0; p < length; ++p) {
    depth += delta[p];
    coverage[p] = depth;
  }
}

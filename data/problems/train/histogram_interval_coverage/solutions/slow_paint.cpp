void coverageCounts(std::vector<Interval> const& intervals, size_t length, std::vector<size_t>& coverage) {
  for (size_t p = 0; p < length; ++p) coverage[p] = 0;
  for (const Interval& iv : intervals)
    for (size_t p = iv.start; p < iv.end; ++p) coverage[p]++;
}

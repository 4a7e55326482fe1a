#include <algorithm>

std::vector<Interval> mergeIntervals(std::vector<Interval> const& intervals) {
  std::vector<Interval> v = intervals;
  std::sort(v.begin(), v.end(), [](const Interval& a, const Interval& b) { return a.start < b.start; });
  std::vector<Interval> out;
  for (const Interval& iv : v) {
    if (!out.empty() && iv.start <= out.back().end) out.back().end = std::max(out.back().end, iv.end);
    else out.push_back(iv);
  }
  return out;
}

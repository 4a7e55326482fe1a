#include <algorithm>

std::vector<Interval> mergeIntervals(std::vector<Interval> const& intervals) {
  std::vector<std::vector<int>> v;
  for (const Interval& iv : intervals) v.push_back({iv.start, iv.end});
  std::sort(v.begin(), v.end());
  std::vector<std::vector<int>> merged;
  for (const auto& iv : v) {
    if (!merged.empty() && iv[0] <= merged.back()[1]) merged.back()[1] = std::max(merged.back()[1], iv[1]);
    else merged.push_back(iv);
  }
  std::vector<Interval> out;
  for (const auto& iv : merged) out.push_back({iv[0], iv[1]});
  return out;
}

#include <numeric>
#include <algorithm>
bool hasAdjacentDuplicate(std::vector<int> const& x) {
  if (x.size() < 2) return false;
  std::vector<int> diffs(x.size());
  std::adjacent_difference(x.begin(), x.end(), diffs.begin());
  return std::find(diffs.begin() + 1, diffs.end(), 0) != diffs.end();
}

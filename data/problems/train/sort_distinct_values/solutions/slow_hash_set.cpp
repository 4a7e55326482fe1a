#include <algorithm>
#include <unordered_set>

std::vector<int> sortedDistinct(std::vector<int> const& x) {
  std::unordered_set<int> seen;
  for (int v : x) seen.insert(v);
  std::vector<int> result(seen.begin(), seen.end());
  std::sort(result.begin(), result.end());
  return result;
}

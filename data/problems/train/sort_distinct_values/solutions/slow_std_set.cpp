#include <set>

std::vector<int> sortedDistinct(std::vector<int> const& x) {
  std::set<int> seen;
  for (int v : x) seen.insert(v);
  std::vector<int> result;
  for (int v : seen) result.push_back(v);
  return result;
}

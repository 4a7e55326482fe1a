#include <algorithm>

std::vector<int> sortedDistinct(std::vector<int> const& x) {
  std::vector<int> v = x;
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

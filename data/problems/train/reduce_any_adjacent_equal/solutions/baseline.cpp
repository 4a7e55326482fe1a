#include <algorithm>
bool hasAdjacentDuplicate(std::vector<int> const& x) {
  return std::adjacent_find(x.begin(), x.end()) != x.end();
}

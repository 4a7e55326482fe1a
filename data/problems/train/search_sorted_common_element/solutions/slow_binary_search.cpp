#include <algorithm>

bool haveCommonElement(std::vector<int> const& a, std::vector<int> const& b) {
  for (int v : a)
    if (std::binary_search(b.begin(), b.end(), v)) return true;
  return false;
}

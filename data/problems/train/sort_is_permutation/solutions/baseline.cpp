#include <algorithm>

bool isPermutation(std::vector<int> const& a, std::vector<int> const& b) {
  if (a.size() != b.size()) return false;
  std::vector<int> sa = a, sb = b;
  std::sort(sa.begin(), sa.end());
  std::sort(sb.begin(), sb.end());
  return sa == sb;
}

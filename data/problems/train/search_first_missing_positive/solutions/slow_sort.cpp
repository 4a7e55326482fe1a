#include <algorithm>

int firstMissingPositive(std::vector<int> const& x) {
  std::vector<int> sorted = x;
  std::sort(sorted.begin(), sorted.end());
  int expected = 1;
  for (int v : sorted) {
    if (v == expected) ++expected;
    else if (v > expected) break;
  }
  return expected;
}

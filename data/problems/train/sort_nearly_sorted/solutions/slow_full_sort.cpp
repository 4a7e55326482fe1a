#include <algorithm>

void sortNearlySorted(std::vector<int>& x, std::size_t k) {
  (void)k;
  std::sort(x.begin(), x.end());
}

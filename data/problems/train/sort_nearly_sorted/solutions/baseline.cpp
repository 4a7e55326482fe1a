#include <algorithm>

void sortNearlySorted(std::vector<int>& x, std::size_t k) {
  if (k > 32) {  // far from sorted: a general sort is cheaper than O(n k) insertion
    std::sort(x.begin(), x.end());
    return;
  }
  // Insertion sort: each element moves back at most k places.
  for (std::size_t i = 1; i < x.size(); ++i) {
    int v = x[i];
    std::size_t j = i;
    while (j > 0 && x[j - 1] > v) {
      x[j] = x[j - 1];
      --j;
    }
    x[j] = v;
  }
}

#include <algorithm>
#include <functional>

std::vector<int> topK(std::vector<int> const& x, std::size_t k) {
  std::vector<int> sorted = x;
  std::sort(sorted.begin(), sorted.end(), std::greater<int>());
  std::vector<int> result;
  for (std::size_t i = 0; i < k; ++i) result.push_back(sorted[i]);
  return result;
}

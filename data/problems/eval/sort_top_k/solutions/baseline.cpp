#include <algorithm>
#include <functional>

std::vector<int> topK(std::vector<int> const& x, std::size_t k) {
  std::vector<int> v = x;
  if (k < v.size()) std::nth_element(v.begin(), v.begin() + k, v.end(), std::greater<int>());
  v.resize(k);
  std::sort(v.begin(), v.end(), std::greater<int>());
  return v;
}

#include <algorithm>
std::pair<int, int> minAndMax(std::vector<int> const& x) {
  auto smallest = std::min_element(x.begin(), x.end());
  auto largest = std::max_element(x.begin(), x.end());
  return {*smallest, *largest};
}

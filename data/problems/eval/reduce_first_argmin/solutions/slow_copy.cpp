#include <algorithm>
size_t indexOfFirstMinimum(std::vector<double> const& x) {
  std::vector<double> values = x;
  return std::min_element(values.begin(), values.end()) - values.begin();
}

#include <algorithm>
#include <utility>
size_t indexOfFirstMinimum(std::vector<double> const& x) {
  std::vector<std::pair<double, size_t>> indexed(x.size());
  for (size_t i = 0; i < x.size(); ++i) indexed[i] = {x[i], i};
  // Pairs compare by value first, then by index: the first minimum wins.
  return std::min_element(indexed.begin(), indexed.end())->second;
}

#include <algorithm>

size_t findFirstAbove(std::vector<double> const& x, double threshold) {
  std::vector<bool> isAbove(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) isAbove[i] = x[i] > threshold;
  return static_cast<size_t>(std::find(isAbove.begin(), isAbove.end(), true) - isAbove.begin());
}

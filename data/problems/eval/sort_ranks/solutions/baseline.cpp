#include <algorithm>
#include <utility>

void computeRanks(std::vector<double> const& x, std::vector<std::size_t>& ranks) {
  // Sort (value, original index) pairs; the position of a pair is the rank of its element.
  std::vector<std::pair<double, std::size_t>> order(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) order[i] = {x[i], i};
  std::sort(order.begin(), order.end());
  for (std::size_t r = 0; r < order.size(); ++r) ranks[order[r].second] = r;
}

#include <algorithm>

void computeRanks(std::vector<double> const& x, std::vector<std::size_t>& ranks) {
  std::vector<double> sorted = x;
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t i = 0; i < x.size(); ++i)
    ranks[i] = std::lower_bound(sorted.begin(), sorted.end(), x[i]) - sorted.begin();
}

#include <algorithm>
#include <limits>

double smallestGap(std::vector<double> const& positions) {
  std::vector<double> sorted(positions);
  std::sort(sorted.begin(), sorted.end());
  double best = std::numeric_limits<double>::infinity();
  for (std::size_t i = 1; i < sorted.size(); ++i) best = std::min(best, sorted[i] - sorted[i - 1]);
  return best;
}

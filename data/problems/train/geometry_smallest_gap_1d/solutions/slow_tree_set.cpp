#include <limits>
#include <set>

double smallestGap(std::vector<double> const& positions) {
  std::multiset<double> sorted;
  for (double x : positions) sorted.insert(x);
  double best = std::numeric_limits<double>::infinity();
  for (auto it = std::next(sorted.begin()); it != sorted.end(); ++it) best = std::min(best, *it - *std::prev(it));
  return best;
}

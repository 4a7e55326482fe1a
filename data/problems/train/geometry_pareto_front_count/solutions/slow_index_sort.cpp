#include <algorithm>
#include <numeric>

size_t countParetoOptimal(std::vector<double> const& xs, std::vector<double> const& ys) {
  std::size_t n = xs.size();
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return xs[a] > xs[b] || (xs[a] == xs[b] && ys[a] > ys[b]);
  });
  std::size_t count = 0;
  double bestY = 0.0;  // largest y among points with a strictly larger x
  bool any = false;
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i;
    double groupBest = ys[order[i]];
    while (j < n && xs[order[j]] == xs[order[i]]) {
      if (ys[order[j]] == groupBest && (!any || groupBest > bestY)) ++count;
      ++j;
    }
    if (!any || groupBest > bestY) bestY = groupBest;
    any = true;
    i = j;
  }
  return count;
}

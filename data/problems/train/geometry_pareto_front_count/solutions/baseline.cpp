#include <algorithm>
#include <utility>

size_t countParetoOptimal(std::vector<double> const& xs, std::vector<double> const& ys) {
  std::size_t n = xs.size();
  std::vector<std::pair<double, double>> p(n);
  for (std::size_t i = 0; i < n; ++i) p[i] = {xs[i], ys[i]};
  std::sort(p.begin(), p.end(), [](const auto& a, const auto& b) { return a > b; });  // x, then y, descending
  // Sweep from the largest x: a point is on the front if it has the largest y of its x and that
  // y beats every y seen at a strictly larger x.
  std::size_t count = 0, i = 0;
  double bestY = 0.0;
  bool any = false;
  while (i < n) {
    double x = p[i].first, top = p[i].second;
    std::size_t j = i;
    while (j < n && p[j].first == x && p[j].second == top) ++j;
    if (!any || top > bestY) count += j - i;
    if (!any || top > bestY) bestY = top;
    any = true;
    while (j < n && p[j].first == x) ++j;
    i = j;
  }
  return count;
}

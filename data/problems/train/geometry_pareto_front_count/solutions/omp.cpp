#include <algorithm>
#include <utility>

size_t countParetoOptimal(std::vector<double> const& xs, std::vector<double> const& ys) {
  std::size_t n = xs.size();
  std::vector<std::pair<double, double>> p(n);
  auto desc = [](const std::pair<double, double>& a, const std::pair<double, double>& b) { return a > b; };
  // Parallel sort: each thread sorts one block, then blocks are merged pairwise.
  int nt = omp_get_max_threads();
  std::vector<std::size_t> bounds(nt + 1);
  for (int t = 0; t <= nt; ++t) bounds[t] = n * t / nt;
  #pragma omp parallel for schedule(static, 1)
  for (int t = 0; t < nt; ++t) {
    for (std::size_t i = bounds[t]; i < bounds[t + 1]; ++i) p[i] = {xs[i], ys[i]};
    std::sort(p.begin() + bounds[t], p.begin() + bounds[t + 1], desc);
  }
  for (int width = 1; width < nt; width *= 2) {
    #pragma omp parallel for schedule(static, 1)
    for (int t = 0; t < nt; t += 2 * width) {
      if (t + width >= nt) continue;
      int end = std::min(t + 2 * width, nt);
      std::inplace_merge(p.begin() + bounds[t], p.begin() + bounds[t + width], p.begin() + bounds[end], desc);
    }
  }
  std::size_t count = 0, i = 0;
  double bestY = 0.0;
  bool any = false;
  while (i < n) {
    double x = p[i].first, top = p[i].second;
    std::size_t j = i;
    while (j < n && p[j].first == x && p[j].second == top) ++j;
    if (!any || top > bestY) {
      count += j - i;
      bestY = top;
    }
    any = true;
    while (j < n && p[j].first == x) ++j;
    i = j;
  }
  return count;
}

#include <algorithm>
#include <limits>

double closestPairDistance(std::vector<Point> const& points) {
  std::size_t n = points.size();
  std::vector<Point> p(points);
  auto byX = [](const Point& a, const Point& b) { return a.x < b.x; };
  // Parallel sort: every thread sorts one block, then neighbouring blocks are merged pairwise.
  int nt = omp_get_max_threads();
  std::vector<std::size_t> bounds(nt + 1);
  for (int t = 0; t <= nt; ++t) bounds[t] = n * t / nt;
  #pragma omp parallel for schedule(static, 1)
  for (int t = 0; t < nt; ++t) std::sort(p.begin() + bounds[t], p.begin() + bounds[t + 1], byX);
  for (int width = 1; width < nt; width *= 2) {
    #pragma omp parallel for schedule(static, 1)
    for (int t = 0; t < nt; t += 2 * width) {
      if (t + width >= nt) continue;
      int end = std::min(t + 2 * width, nt);
      std::inplace_merge(p.begin() + bounds[t], p.begin() + bounds[t + width], p.begin() + bounds[end], byX);
    }
  }
  double best = std::numeric_limits<double>::infinity();  // squared distance
  #pragma omp parallel for reduction(min : best) schedule(static)
  for (std::size_t i = 1; i < n; ++i) {
    for (std::size_t j = i; j-- > 0;) {
      double dx = p[i].x - p[j].x;
      if (dx * dx >= best) break;
      double dy = p[i].y - p[j].y;
      best = std::min(best, dx * dx + dy * dy);
    }
  }
  return std::sqrt(best);
}

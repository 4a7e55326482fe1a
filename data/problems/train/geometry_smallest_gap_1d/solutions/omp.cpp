#include <algorithm>
#include <limits>

double smallestGap(std::vector<double> const& positions) {
  std::size_t n = positions.size();
  std::vector<double> sorted(positions);
  // Each thread sorts one block; neighbouring blocks are then merged pairwise.
  int nt = omp_get_max_threads();
  std::vector<std::size_t> bounds(nt + 1);
  for (int t = 0; t <= nt; ++t) bounds[t] = n * t / nt;
  #pragma omp parallel for schedule(static, 1)
  for (int t = 0; t < nt; ++t) std::sort(sorted.begin() + bounds[t], sorted.begin() + bounds[t + 1]);
  for (int width = 1; width < nt; width *= 2) {
    #pragma omp parallel for schedule(static, 1)
    for (int t = 0; t < nt; t += 2 * width) {
      if (t + width >= nt) continue;
      int end = std::min(t + 2 * width, nt);
      std::inplace_merge(sorted.begin() + bounds[t], sorted.begin() + bounds[t + width], sorted.begin() + bounds[end]);
    }
  }
  double best = std::numeric_limits<double>::infinity();
  #pragma omp parallel for reduction(min : best) schedule(static)
  for (std::size_t i = 1; i < n; ++i) best = std::min(best, sorted[i] - sorted[i - 1]);
  return best;
}

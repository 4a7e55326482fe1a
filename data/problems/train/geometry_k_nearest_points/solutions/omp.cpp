#include <algorithm>
#include <utility>

void kNearestPoints(std::vector<Point> const& points, Point query, std::vector<int>& nearest) {
  std::size_t n = points.size(), k = nearest.size();
  std::vector<std::pair<double, int>> d(n);
  std::vector<std::pair<double, int>> candidates;
  // Every thread keeps the k closest of its block; the final k come from those candidates.
  #pragma omp parallel
  {
    int nt = omp_get_num_threads(), t = omp_get_thread_num();
    std::size_t b = n * t / nt, e = n * (t + 1) / nt;
    for (std::size_t i = b; i < e; ++i) {
      double dx = points[i].x - query.x, dy = points[i].y - query.y;
      d[i] = {dx * dx + dy * dy, static_cast<int>(i)};
    }
    std::size_t keep = std::min(k, e - b);
    if (keep < e - b) std::nth_element(d.begin() + b, d.begin() + b + keep, d.begin() + e);
    #pragma omp critical
    candidates.insert(candidates.end(), d.begin() + b, d.begin() + b + keep);
  }
  if (k < candidates.size()) std::nth_element(candidates.begin(), candidates.begin() + k, candidates.end());
  std::sort(candidates.begin(), candidates.begin() + k);
  for (std::size_t i = 0; i < k; ++i) nearest[i] = candidates[i].second;
}

#include <algorithm>
#include <utility>

void kNearestPoints(std::vector<Point> const& points, Point query, std::vector<int>& nearest) {
  std::size_t n = points.size(), k = nearest.size();
  std::vector<std::pair<double, int>> d(n);
  for (std::size_t i = 0; i < n; ++i) {
    double dx = points[i].x - query.x, dy = points[i].y - query.y;
    d[i] = {dx * dx + dy * dy, static_cast<int>(i)};
  }
  if (k < n) std::nth_element(d.begin(), d.begin() + k, d.end());
  std::sort(d.begin(), d.begin() + k);
  for (std::size_t i = 0; i < k; ++i) nearest[i] = d[i].second;
}

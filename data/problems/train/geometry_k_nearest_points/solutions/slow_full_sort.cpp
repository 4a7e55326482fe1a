#include <algorithm>
#include <utility>

void kNearestPoints(std::vector<Point> const& points, Point query, std::vector<int>& nearest) {
  std::vector<std::pair<double, int>> d;
  for (std::size_t i = 0; i < points.size(); ++i)
    d.push_back({std::pow(points[i].x - query.x, 2) + std::pow(points[i].y - query.y, 2), static_cast<int>(i)});
  std::sort(d.begin(), d.end());
  for (std::size_t i = 0; i < nearest.size(); ++i) nearest[i] = d[i].second;
}

#include <algorithm>
#include <limits>

double closestPairDistance(std::vector<Point> const& points) {
  std::vector<Point> p(points);
  std::sort(p.begin(), p.end(), [](const Point& a, const Point& b) { return a.x < b.x; });
  // Sweep by x: only points within the best distance in x can improve it.
  double best = std::numeric_limits<double>::infinity();  // squared distance
  for (std::size_t i = 1; i < p.size(); ++i) {
    for (std::size_t j = i; j-- > 0;) {
      double dx = p[i].x - p[j].x;
      if (dx * dx >= best) break;
      double dy = p[i].y - p[j].y;
      best = std::min(best, dx * dx + dy * dy);
    }
  }
  return std::sqrt(best);
}

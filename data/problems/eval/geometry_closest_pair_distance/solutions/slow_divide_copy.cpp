#include <algorithm>
#include <limits>

static double dist(Point a, Point b) { return std::sqrt((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)); }

// px is sorted by x.
static double closestRec(std::vector<Point> px) {
  std::size_t n = px.size();
  if (n <= 3) {
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j) best = std::min(best, dist(px[i], px[j]));
    return best;
  }
  std::size_t mid = n / 2;
  double midX = px[mid].x;
  std::vector<Point> left(px.begin(), px.begin() + mid);
  std::vector<Point> right(px.begin() + mid, px.end());
  double d = std::min(closestRec(left), closestRec(right));
  std::vector<Point> strip;
  for (const Point& p : px)
    if (std::fabs(p.x - midX) < d) strip.push_back(p);
  std::sort(strip.begin(), strip.end(), [](const Point& a, const Point& b) { return a.y < b.y; });
  for (std::size_t i = 0; i < strip.size(); ++i)
    for (std::size_t j = i + 1; j < strip.size() && strip[j].y - strip[i].y < d; ++j)
      d = std::min(d, dist(strip[i], strip[j]));
  return d;
}

double closestPairDistance(std::vector<Point> const& points) {
  std::vector<Point> px = points;
  std::sort(px.begin(), px.end(), [](const Point& a, const Point& b) { return a.x < b.x; });
  return closestRec(px);
}

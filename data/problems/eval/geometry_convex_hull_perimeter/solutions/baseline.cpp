#include <algorithm>

double convexHullPerimeter(std::vector<Point> const& points) {
  std::size_t n = points.size();
  if (n < 2) return 0.0;
  std::vector<Point> p(points);
  std::sort(p.begin(), p.end(), [](const Point& a, const Point& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
  auto cross = [](const Point& o, const Point& a, const Point& b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  };
  // Andrew's monotone chain: lower hull left to right, then upper hull right to left.
  std::vector<Point> h(2 * n);
  std::size_t k = 0;
  for (std::size_t i = 0; i < n; ++i) {
    while (k >= 2 && cross(h[k - 2], h[k - 1], p[i]) <= 0) --k;
    h[k++] = p[i];
  }
  for (std::size_t i = n - 1, t = k + 1; i > 0; --i) {
    while (k >= t && cross(h[k - 2], h[k - 1], p[i - 1]) <= 0) --k;
    h[k++] = p[i - 1];
  }
  double perimeter = 0.0;
  for (std::size_t i = 0; i + 1 < k; ++i) perimeter += std::hypot(h[i + 1].x - h[i].x, h[i + 1].y - h[i].y);
  return perimeter;
}

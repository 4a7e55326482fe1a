#include <algorithm>

double convexHullPerimeter(std::vector<Point> const& points) {
  std::size_t n = points.size();
  if (n < 2) return 0.0;
  // Graham scan: pivot = lowest point (then leftmost), others sorted by polar angle around it.
  std::size_t lo = 0;
  for (std::size_t i = 1; i < n; ++i)
    if (points[i].y < points[lo].y || (points[i].y == points[lo].y && points[i].x < points[lo].x)) lo = i;
  Point pivot = points[lo];
  std::vector<Point> rest;
  for (std::size_t i = 0; i < n; ++i)
    if (i != lo) rest.push_back(points[i]);
  std::sort(rest.begin(), rest.end(), [&](const Point& a, const Point& b) {
    double angA = std::atan2(a.y - pivot.y, a.x - pivot.x);
    double angB = std::atan2(b.y - pivot.y, b.x - pivot.x);
    if (angA != angB) return angA < angB;
    double dA = (a.x - pivot.x) * (a.x - pivot.x) + (a.y - pivot.y) * (a.y - pivot.y);
    double dB = (b.x - pivot.x) * (b.x - pivot.x) + (b.y - pivot.y) * (b.y - pivot.y);
    return dA < dB;
  });
  std::vector<Point> stack{pivot};
  for (const Point& p : rest) {
    while (stack.size() >= 2) {
      const Point& a = stack[stack.size() - 2];
      const Point& b = stack[stack.size() - 1];
      if ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x) > 0) break;
      stack.pop_back();
    }
    stack.push_back(p);
  }
  double perimeter = 0.0;
  for (std::size_t i = 0; i < stack.size(); ++i) {
    const Point& a = stack[i];
    const Point& b = stack[(i + 1) % stack.size()];
    perimeter += std::sqrt((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y));
  }
  return perimeter;
}

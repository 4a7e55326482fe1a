#include <vector>

bool isConvexPolygon(std::vector<Point> const& polygon) {
  std::size_t n = polygon.size();
  const double pi = 3.141592653589793;
  std::vector<double> direction(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Point& a = polygon[i];
    const Point& b = polygon[(i + 1) % n];
    direction[i] = std::atan2(b.y - a.y, b.x - a.x);
  }
  int left = 0, right = 0;
  for (std::size_t i = 0; i < n; ++i) {
    double delta = direction[(i + 1) % n] - direction[i];
    while (delta <= -pi) delta += 2 * pi;
    while (delta > pi) delta -= 2 * pi;
    if (delta > 0) ++left; else ++right;
  }
  return left == 0 || right == 0;
}

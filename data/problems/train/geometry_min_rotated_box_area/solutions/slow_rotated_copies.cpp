#include <algorithm>

double minRotatedBoxArea(std::vector<Point> const& points, std::vector<double> const& angles) {
  double best = -1.0;
  for (double t : angles) {
    std::vector<Point> rotated;
    for (const Point& p : points)
      rotated.push_back({p.x * std::cos(t) + p.y * std::sin(t), -p.x * std::sin(t) + p.y * std::cos(t)});
    auto byX = [](const Point& a, const Point& b) { return a.x < b.x; };
    auto byY = [](const Point& a, const Point& b) { return a.y < b.y; };
    double width = std::max_element(rotated.begin(), rotated.end(), byX)->x -
                   std::min_element(rotated.begin(), rotated.end(), byX)->x;
    double height = std::max_element(rotated.begin(), rotated.end(), byY)->y -
                    std::min_element(rotated.begin(), rotated.end(), byY)->y;
    if (best < 0 || width * height < best) best = width * height;
  }
  return best;
}

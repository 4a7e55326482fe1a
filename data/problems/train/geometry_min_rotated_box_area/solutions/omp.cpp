#include <algorithm>

double minRotatedBoxArea(std::vector<Point> const& points, std::vector<double> const& angles) {
  double best = 0.0;
  std::size_t n = points.size();
  for (std::size_t a = 0; a < angles.size(); ++a) {
    double c = std::cos(angles[a]), s = std::sin(angles[a]);
    double u0 = points[0].x * c + points[0].y * s, v0 = -points[0].x * s + points[0].y * c;
    double uMin = u0, uMax = u0, vMin = v0, vMax = v0;
    #pragma omp parallel for reduction(min : uMin, vMin) reduction(max : uMax, vMax) schedule(static)
    for (std::size_t i = 1; i < n; ++i) {
      double u = points[i].x * c + points[i].y * s;
      double v = -points[i].x * s + points[i].y * c;
      uMin = std::min(uMin, u);
      uMax = std::max(uMax, u);
      vMin = std::min(vMin, v);
      vMax = std::max(vMax, v);
    }
    double area = (uMax - uMin) * (vMax - vMin);
    if (a == 0 || area < best) best = area;
  }
  return best;
}

#include <algorithm>

size_t countCrossingPairs(std::vector<Segment> const& segments) {
  std::size_t n = segments.size(), count = 0;
  struct Box { double xlo, xhi, ylo, yhi; };
  std::vector<Box> box(n);
  #pragma omp parallel for schedule(static)
  for (std::size_t i = 0; i < n; ++i) {
    const Segment& s = segments[i];
    box[i] = {std::min(s.x1, s.x2), std::max(s.x1, s.x2), std::min(s.y1, s.y2), std::max(s.y1, s.y2)};
  }
  auto orient = [](double ax, double ay, double bx, double by, double cx, double cy) {
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  };
  // Row i has n - i - 1 pairs: dynamic scheduling balances the triangle.
  #pragma omp parallel for schedule(dynamic, 32) reduction(+ : count)
  for (std::size_t i = 0; i < n; ++i) {
    const Segment& s = segments[i];
    const Box bi = box[i];
    for (std::size_t j = i + 1; j < n; ++j) {
      const Box& bj = box[j];
      if (bj.xlo > bi.xhi || bj.xhi < bi.xlo || bj.ylo > bi.yhi || bj.yhi < bi.ylo) continue;
      const Segment& t = segments[j];
      double d1 = orient(s.x1, s.y1, s.x2, s.y2, t.x1, t.y1), d2 = orient(s.x1, s.y1, s.x2, s.y2, t.x2, t.y2);
      double d3 = orient(t.x1, t.y1, t.x2, t.y2, s.x1, s.y1), d4 = orient(t.x1, t.y1, t.x2, t.y2, s.x2, s.y2);
      if (((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0))) ++count;
    }
  }
  return count;
}

#include "pf_problem.hpp"

namespace problem {
// A star-shaped polygon around (cx, cy): vertex i at angle 2 pi i / n, random radius in [0.5, 1).
// case 0: counter-clockwise (positive area, timing input); case 1: clockwise (negative area);
// case 2: a flat ellipse far from the origin (large coordinates, small area).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.xs.resize(n);
  a.ys.resize(n);
  double cx = kase == 2 ? 1000.0 : rng.uniform(-1.0, 1.0), cy = kase == 2 ? -2000.0 : rng.uniform(-1.0, 1.0);
  double step = 6.283185307179586 / static_cast<double>(n);
  double wc = std::cos(step), ws = std::sin(step), c = 1.0, s = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    // (c, s) = (cos, sin) of the vertex angle: exact every 1024 vertices, rotated in between.
    if (i % 1024 == 0) {
      c = std::cos(step * static_cast<double>(i));
      s = std::sin(step * static_cast<double>(i));
    }
    double r = kase == 2 ? 1.0 : rng.uniform(0.5, 1.0);
    double sy = kase == 2 ? 0.01 : 1.0;
    std::size_t k = kase == 1 ? n - 1 - i : i;
    a.xs[k] = cx + r * c;
    a.ys[k] = cy + sy * r * s;
    double c2 = c * wc - s * ws;
    s = s * wc + c * ws;
    c = c2;
  }
}
}  // namespace problem

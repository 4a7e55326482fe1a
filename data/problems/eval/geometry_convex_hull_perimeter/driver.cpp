#include "pf_problem.hpp"

namespace problem {
// case 0: uniform in [-1, 1)^2 (timing input); case 1: on a circle, shuffled (every point is a
// hull vertex); case 2: exactly collinear on a horizontal line (perimeter = 2 x length);
// case 3: small integer grid: many duplicates and collinear points on hull edges;
// case 4: all points identical (perimeter 0).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.points.resize(n);
  if (kase == 0) {
    for (auto& p : a.points) p = {rng.uniform(-1.0, 1.0), rng.uniform(-1.0, 1.0)};
  } else if (kase == 1) {
    double r = rng.uniform(0.5, 10.0), cx = rng.uniform(-5.0, 5.0), cy = rng.uniform(-5.0, 5.0);
    for (std::size_t i = 0; i < n; ++i) {
      double t = 6.283185307179586 * static_cast<double>(i) / static_cast<double>(n);
      a.points[i] = {cx + r * std::cos(t), cy + r * std::sin(t)};
    }
    rng.shuffle(a.points);
  } else if (kase == 2) {
    double y = rng.uniform(-3.0, 3.0);
    for (auto& p : a.points) p = {rng.uniform(-4.0, 4.0), y};
  } else if (kase == 3) {
    for (auto& p : a.points)
      p = {static_cast<double>(rng.uniform_int(-6, 6)), static_cast<double>(rng.uniform_int(-4, 9))};
  } else {
    Point q{rng.uniform(-2.0, 2.0), rng.uniform(-2.0, 2.0)};
    for (auto& p : a.points) p = q;
  }
}
}  // namespace problem

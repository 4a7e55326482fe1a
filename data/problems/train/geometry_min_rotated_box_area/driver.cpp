#include "pf_problem.hpp"

namespace problem {
// 48 angles in [0, pi/2). case 0: points uniform in a rotated ellipse-like blob (timing input);
// case 1: all points equal (area 0); case 2: points on the border of an axis-aligned rectangle,
// angle 0 included (the answer is that rectangle's area, up to rounding).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.angles.resize(48);
  for (auto& t : a.angles) t = rng.uniform(0.0, 1.5707963267948966);
  a.points.resize(n);
  double c = std::cos(0.3), s = std::sin(0.3);
  double w = rng.uniform(1.0, 3.0), h = rng.uniform(1.0, 3.0);
  Point q{rng.uniform(-5.0, 5.0), rng.uniform(-5.0, 5.0)};
  for (auto& p : a.points) {
    if (kase == 0) {
      double u = 3.0 * rng.uniform(-1.0, 1.0), v = rng.uniform(-1.0, 1.0);
      p = {u * c - v * s, u * s + v * c};
    } else if (kase == 1) {
      p = q;
    } else {
      double t = rng.uniform();
      int side = static_cast<int>(rng.uniform_int(0, 3));
      p = side == 0 ? Point{t * w, 0.0} : side == 1 ? Point{t * w, h} : side == 2 ? Point{0.0, t * h} : Point{w, t * h};
    }
  }
  if (kase == 2) a.angles[static_cast<std::size_t>(rng.uniform_int(0, 47))] = 0.0;
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: uniform in [-1, 1)^2 (timing input); case 1: all on one line (answer 0);
// case 2: a 6 x 6 integer grid with many repeated points.
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.points.resize(n);
  // Integer coordinates on the line: every cross product is exact, so the answer is exactly 0
  // whichever corner a solution measures from (with fractional offsets rounding left ~1e-11).
  double px = static_cast<double>(rng.uniform_int(-20, 20)), py = static_cast<double>(rng.uniform_int(-20, 20));
  double dx = static_cast<double>(rng.uniform_int(-3, 3)), dy = static_cast<double>(rng.uniform_int(1, 3));
  for (auto& p : a.points) {
    if (kase == 0) {
      p = {rng.uniform(-1.0, 1.0), rng.uniform(-1.0, 1.0)};
    } else if (kase == 1) {
      double t = static_cast<double>(rng.uniform_int(-50, 50));
      p = {px + t * dx, py + t * dy};
    } else {
      p = {static_cast<double>(rng.uniform_int(0, 5)), static_cast<double>(rng.uniform_int(0, 5))};
    }
  }
}
}  // namespace problem

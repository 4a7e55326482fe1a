#include "pf_problem.hpp"

namespace problem {
// case 0: uniform in the unit square, radius 0.02 (timing input); case 1: distinct points and
// radius 0 (no pair); case 2: all points within 0.001 of each other and radius 0.01 (every pair);
// case 3: random points of a 30 x 30 integer grid, radius 5 (many distances exactly 5).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.xs.resize(n);
  a.ys.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (kase == 3) {
      a.xs[i] = static_cast<double>(rng.uniform_int(0, 29));
      a.ys[i] = static_cast<double>(rng.uniform_int(0, 29));
    } else {
      double s = kase == 2 ? 0.0005 : 1.0;
      a.xs[i] = s * rng.uniform();
      a.ys[i] = s * rng.uniform();
    }
  }
  a.radius = kase == 0 ? 0.02 : kase == 1 ? 0.0 : kase == 2 ? 0.01 : 5.0;
}
}  // namespace problem

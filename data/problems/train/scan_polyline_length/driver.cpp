#include "pf_problem.hpp"

namespace problem {
// case 0: a random walk with steps in [-1, 1)^2 (the timing input);
// case 1: every vertex the same point (all lengths 0);
// case 2: unit steps along the x axis (dist[i] = i);
// case 3: a random walk with steps up to 1e6 far from the origin.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.px.resize(n);
  a.py.resize(n);
  double x = rng.uniform(-10.0, 10.0), y = rng.uniform(-10.0, 10.0);
  if (kase == 3) {
    x += 1e7;
    y -= 1e7;
  }
  for (std::size_t i = 0; i < n; ++i) {
    a.px[i] = x;
    a.py[i] = y;
    switch (kase) {
      case 0: x += rng.uniform(-1.0, 1.0); y += rng.uniform(-1.0, 1.0); break;
      case 1: break;
      case 2: x += 1.0; break;
      default: x += rng.uniform(-1e6, 1e6); y += rng.uniform(-1e6, 1e6); break;
    }
  }
  // A correct function overwrites every element.
  a.dist.assign(n, -1.0);
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: random tracer and velocities in [-1, 1], dt = 0.2, 20 steps (the timing input);
// case 1: one step; case 2: a uniform tracer (stays uniform); case 3: a blob carried by a
// uniform diagonal wind (-1, -1) across the periodic wrap, 4 steps; case 4: zero velocity.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.n = n;
  const std::size_t nn = n * n;
  a.q = rng.uniform_vector<double>(nn, 0.0, 1.0);
  a.vx = rng.uniform_vector<double>(nn, -1.0, 1.0);
  a.vy = rng.uniform_vector<double>(nn, -1.0, 1.0);
  a.dt = 0.2;
  a.steps = 20;
  if (kase == 1) {
    a.steps = 1;
  } else if (kase == 2) {
    a.q.assign(nn, 2.0);
    a.steps = 3;
  } else if (kase == 3) {
    a.q.assign(nn, 0.0);
    if (nn) a.q[0] = 10.0;
    a.vx.assign(nn, -1.0);
    a.vy.assign(nn, -1.0);
    a.dt = 0.4;
    a.steps = 4;
  } else if (kase == 4) {
    a.vx.assign(nn, 0.0);
    a.vy.assign(nn, 0.0);
    a.steps = 2;
  }
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: random temperatures, 50 steps (the timing input); case 1: one step; case 2: a uniform
// rod (nothing changes); case 3: cold rod with hot ends, 9 steps (odd: the final buffer
// matters); case 4: a single hot spot, r = 0.5.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.u = rng.uniform_vector<double>(n, 0.0, 100.0);
  a.r = rng.uniform(0.1, 0.45);
  a.steps = 50;
  if (kase == 1) {
    a.steps = 1;
  } else if (kase == 2) {
    a.u.assign(n, 21.5);
    a.steps = 4;
  } else if (kase == 3) {
    a.u.assign(n, 0.0);
    if (n) a.u[0] = 100.0, a.u[n - 1] = 50.0;
    a.steps = 9;
  } else if (kase == 4) {
    a.u.assign(n, 0.0);
    if (n) a.u[n / 2] = 1000.0;
    a.r = 0.5;
    a.steps = 6;
  }
}
}  // namespace problem

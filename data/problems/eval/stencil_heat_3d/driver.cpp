#include "pf_problem.hpp"

namespace problem {
// case 0: random temperatures, 12 steps (the timing input); case 1: one step; case 2: uniform
// grid (a fixed point); case 3: cold interior with one hot face, 5 steps (odd count: the final
// buffer matters); case 4: a single hot interior point, alpha = 1/6.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.n = n;
  const std::size_t total = n * n * n;
  a.u = rng.uniform_vector<double>(total, 0.0, 1.0);
  a.alpha = rng.uniform(0.05, 0.16);
  a.steps = 12;
  if (kase == 1) {
    a.steps = 1;
  } else if (kase == 2) {
    a.u.assign(total, 4.0);
    a.steps = 3;
  } else if (kase == 3) {
    a.u.assign(total, 0.0);
    for (std::size_t k = 0; k < n * n; ++k) a.u[k] = 10.0;  // the x = 0 face
    a.steps = 5;
  } else if (kase == 4) {
    a.u.assign(total, 0.0);
    if (n >= 3) a.u[((n / 2) * n + n / 2) * n + n / 2] = 600.0;
    a.alpha = 1.0 / 6.0;
    a.steps = 2;
  }
}
}  // namespace problem

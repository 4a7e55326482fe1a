#include "pf_problem.hpp"

namespace problem {
// Conductances are at most 0.125 so the explicit scheme is stable.
// case 0: random field and conductances, 35 steps (the timing input); case 1: one step;
// case 2: a constant field (unchanged); case 3: a hot spot with an insulating wall (zero
// conductances in one column of faces), 5 steps; case 4: zero conductances (unchanged field).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.n = n;
  const std::size_t nn = n * n;
  a.u = rng.uniform_vector<double>(nn, 0.0, 1.0);
  a.kx = rng.uniform_vector<double>(nn, 0.0, 0.125);
  a.ky = rng.uniform_vector<double>(nn, 0.0, 0.125);
  a.steps = 35;
  if (kase == 1) {
    a.steps = 1;
  } else if (kase == 2) {
    a.u.assign(nn, 7.0);
    a.steps = 3;
  } else if (kase == 3) {
    a.u.assign(nn, 0.0);
    if (nn) a.u[(n / 2) * n + n / 3] = 100.0;
    for (std::size_t i = 0; i < n; ++i) a.kx[i * n + n / 2] = 0.0;
    a.steps = 5;
  } else if (kase == 4) {
    a.kx.assign(nn, 0.0);
    a.ky.assign(nn, 0.0);
    a.steps = 2;
  }
}
}  // namespace problem

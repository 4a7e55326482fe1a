#include "pf_problem.hpp"

namespace problem {
// case 0: random grid and source, 20 sweeps (the timing input); case 1: one sweep; case 2: a
// constant grid with zero source (a fixed point); case 3: zero interior with a hot top row,
// 3 sweeps; case 4: zero grid and a point source.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.n = n;
  const std::size_t nn = n * n;
  a.u = rng.uniform_vector<double>(nn, -1.0, 1.0);
  a.f = rng.uniform_vector<double>(nn, -0.05, 0.05);
  a.sweeps = 20;
  if (kase == 1) {
    a.sweeps = 1;
  } else if (kase == 2) {
    a.u.assign(nn, -0.5);
    a.f.assign(nn, 0.0);
    a.sweeps = 4;
  } else if (kase == 3) {
    a.u.assign(nn, 0.0);
    for (std::size_t j = 0; j < n; ++j) a.u[j] = 1.0;
    a.f.assign(nn, 0.0);
    a.sweeps = 3;
  } else if (kase == 4) {
    a.u.assign(nn, 0.0);
    a.f.assign(nn, 0.0);
    if (nn) a.f[(n / 2) * n + n / 2] = 1.0;
    a.sweeps = 2;
  }
}
}  // namespace problem

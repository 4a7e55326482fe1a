#include "pf_problem.hpp"

namespace problem {
// case 0: random values (the timing input); case 1: a constant signal (all details zero);
// case 2: all zero; case 3: a single spike at a random position; case 4: a linear ramp.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  if (kase == 1) {
    a.x.assign(n, 1.75);
  } else if (kase == 2) {
    a.x.assign(n, 0.0);
  } else if (kase == 3) {
    a.x.assign(n, 0.0);
    if (n) a.x[static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1))] = 5.0;
  } else if (kase == 4) {
    a.x.resize(n);
    for (std::size_t i = 0; i < n; ++i) a.x[i] = 0.25 * static_cast<double>(i) - 3.0;
  } else {
    a.x = rng.uniform_vector<double>(n, -10.0, 10.0);
  }
}
}  // namespace problem

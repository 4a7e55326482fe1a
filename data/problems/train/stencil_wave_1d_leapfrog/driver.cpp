#include "pf_problem.hpp"

namespace problem {
// case 0: a smooth random pulse train, 40 steps (the timing input); case 1: one step;
// case 2: a string at rest (stays at rest); case 3: a plucked string, 7 steps (odd count);
// case 4: prev = curr = a constant (the interior stays constant), c2 = 1.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.curr = rng.uniform_vector<double>(n, -1.0, 1.0);
  a.prev = a.curr;
  for (auto& v : a.prev) v += 0.01 * rng.uniform(-1.0, 1.0);
  a.c2 = rng.uniform(0.2, 0.9);
  a.steps = 40;
  if (kase == 1) {
    a.steps = 1;
  } else if (kase == 2) {
    a.prev.assign(n, 0.0);
    a.curr.assign(n, 0.0);
    a.steps = 3;
  } else if (kase == 3) {
    a.prev.assign(n, 0.0);
    a.curr.assign(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
      const double x = n > 1 ? static_cast<double>(i) / (n - 1) : 0.0;
      a.curr[i] = a.prev[i] = x < 0.3 ? x / 0.3 : (1.0 - x) / 0.7;
    }
    if (n) a.curr[0] = a.prev[0] = a.curr[n - 1] = a.prev[n - 1] = 0.0;
    a.steps = 7;
  } else if (kase == 4) {
    a.prev.assign(n, 2.0);
    a.curr.assign(n, 2.0);
    a.c2 = 1.0;
    a.steps = 5;
  }
}
}  // namespace problem

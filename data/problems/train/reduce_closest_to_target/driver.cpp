#include "pf_problem.hpp"

namespace problem {
// case 0: uniform values in [-1000, 1000), a random target inside (timing input); case 1: the
// target exactly halfway between two values on a grid of eighths (ties: the smaller one wins);
// case 2: the target itself is present; case 3: the target below every value (the minimum);
// case 4: the target above every value (the maximum).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  if (kase == 1) {
    for (auto& v : a.x) v = static_cast<double>(rng.uniform_int(-400, 400)) / 8.0;
    a.target = static_cast<double>(rng.uniform_int(-400, 399)) / 8.0 + 1.0 / 16.0;
    if (n >= 2) {  // make sure both neighbours of the target are present
      a.x[rng.uniform_int(0, static_cast<std::int64_t>(n) - 1)] = a.target - 1.0 / 16.0;
      a.x[rng.uniform_int(0, static_cast<std::int64_t>(n) - 1)] = a.target + 1.0 / 16.0;
    }
    return;
  }
  const double k = 2000.0 / 9007199254740992.0;
  for (auto& v : a.x) v = static_cast<double>(rng.next() >> 11) * k - 1000.0;
  a.target = rng.uniform(-1000.0, 1000.0);
  if (kase == 2 && n > 0) a.target = a.x[rng.uniform_int(0, static_cast<std::int64_t>(n) - 1)];
  if (kase == 3) a.target = -5000.0 + rng.uniform(0.0, 1.0);
  if (kase == 4) a.target = 5000.0 + rng.uniform(0.0, 1.0);
}
}  // namespace problem

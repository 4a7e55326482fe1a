#include "pf_problem.hpp"

namespace problem {
// case 0: a in [-0.99, 0.99], b in [-1, 1] (a damped recurrence; the timing input);
// case 1: a = 0 (y == b); case 2: a = 1 (y is the prefix sum of b);
// case 3: a = -1 with b in [0, 1] (alternating signs); case 4: a in [0.9, 1.1] (slow growth and decay).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.a.resize(n);
  a.b.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    switch (kase) {
      case 0: a.a[i] = rng.uniform(-0.99, 0.99); a.b[i] = rng.uniform(-1.0, 1.0); break;
      case 1: a.a[i] = 0.0; a.b[i] = rng.uniform(-1.0, 1.0); break;
      case 2: a.a[i] = 1.0; a.b[i] = rng.uniform(-1.0, 1.0); break;
      case 3: a.a[i] = -1.0; a.b[i] = rng.uniform(0.0, 1.0); break;
      default: a.a[i] = rng.uniform(0.9, 1.1); a.b[i] = rng.uniform(-1.0, 1.0); break;
    }
  }
  // A correct function overwrites every element.
  a.y.assign(n, 1e300);
}
}  // namespace problem

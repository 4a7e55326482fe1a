#include "pf_problem.hpp"

namespace problem {
// case 0: random values in [-1000, 1000] (the timing input); case 1: all zero (output all zero);
// case 2: unit impulse at index 0 (output all ones); case 3: constant vector (output n*c at
// index 0, zero elsewhere); case 4: unit impulse at the last index (alternating signs).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  switch (kase) {
    case 1: a.x.assign(n, 0); break;
    case 2: a.x.assign(n, 0); if (n) a.x[0] = 1; break;
    case 3: a.x.assign(n, rng.uniform_int(1, 9)); break;
    case 4: a.x.assign(n, 0); if (n) a.x[n - 1] = -3; break;
    default: a.x = rng.uniform_vector<int64_t>(n, -1000, 1000);
  }
}
}  // namespace problem

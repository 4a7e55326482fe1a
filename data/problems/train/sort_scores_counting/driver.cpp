#include "pf_problem.hpp"

namespace problem {
// case 0: uniform random scores (the timing input); case 1: descending; case 2: only 0 and
// 100; case 3: all equal (nothing moves).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.scores.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    switch (kase) {
      case 1: a.scores[i] = static_cast<int>(100 - (i * 101) / (n + 1)); break;
      case 2: a.scores[i] = rng.coin() ? 100 : 0; break;
      case 3: a.scores[i] = 57; break;
      default: a.scores[i] = static_cast<int>(rng.uniform_int(0, 100)); break;
    }
  }
}
}  // namespace problem

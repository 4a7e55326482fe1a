#include "pf_problem.hpp"

namespace problem {
// case 0: values in [0, n), about 63% distinct (the timing input); case 1: all equal (one
// value); case 2: all distinct, descending; case 3: two values only, negative and positive.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    switch (kase) {
      case 1: a.x[i] = 13; break;
      case 2: a.x[i] = static_cast<int>(n - i) * 5 - 2 * static_cast<int>(n); break;
      case 3: a.x[i] = rng.coin() ? -40 : 40; break;
      default: a.x[i] = static_cast<int>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1)); break;
    }
  }
}
}  // namespace problem

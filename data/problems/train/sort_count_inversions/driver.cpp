#include "pf_problem.hpp"

namespace problem {
// case 0: random values with duplicates (the timing input); case 1: ascending (0 inversions);
// case 2: strictly descending (n(n-1)/2); case 3: all equal (0); case 4: ascending except the
// minimum at the end (n-1 inversions).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    switch (kase) {
      case 1: a.x[i] = static_cast<int>(i / 2); break;
      case 2: a.x[i] = -static_cast<int>(i); break;
      case 3: a.x[i] = 5; break;
      case 4: a.x[i] = static_cast<int>(i) + 1; break;
      default: a.x[i] = static_cast<int>(rng.uniform_int(0, static_cast<std::int64_t>(n))); break;
    }
  }
  if (kase == 4 && n > 0) a.x[n - 1] = -1;
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: random values in [-1000, 1000] (the timing input); case 1: all zero (answer all zero);
// case 2: magnitudes up to 2e9 (partial sums overflow 32-bit integers); case 3: all ones (answer 0, 1, 2, ...).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    switch (kase) {
      case 0: a.x[i] = static_cast<int>(rng.next() % 2001) - 1000; break;
      case 1: a.x[i] = 0; break;
      case 2: a.x[i] = static_cast<int>(static_cast<long long>(rng.next() % 4000000001ULL) - 2000000000LL); break;
      default: a.x[i] = 1; break;
    }
  }
  // A correct function overwrites every element.
  a.out.assign(n, -7);
}
}  // namespace problem

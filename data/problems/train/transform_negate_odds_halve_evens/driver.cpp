#include "pf_problem.hpp"

namespace problem {
// case 0: random values in [-1e6, 1e6] (the timing input); case 1: odd values only, negative
// and positive; case 2: even values only; case 3: extremes (INT_MIN is even, INT_MAX odd) and 0.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  for (auto& v : a.x) {
    switch (kase) {
      case 1: v = 2 * static_cast<int>(rng.uniform_int(-1000, 1000)) + 1; break;
      case 2: v = 2 * static_cast<int>(rng.uniform_int(-1000, 1000)); break;
      case 3: {
        static const int special[] = {-2147483647 - 1, 2147483647, 0, -1, 1, -2, 2};
        v = special[rng.uniform_int(0, 6)];
        break;
      }
      default: v = static_cast<int>(rng.uniform_int(-1000000, 1000000)); break;
    }
  }
}
}  // namespace problem

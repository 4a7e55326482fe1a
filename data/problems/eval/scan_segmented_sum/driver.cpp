#include "pf_problem.hpp"

namespace problem {
// case 0: values in [-1000, 1000], segments of average length 1000 (the timing input);
// case 1: no flag set (one segment: a plain prefix sum, flags[0] = 0 tests the implicit start);
// case 2: every flag set (every segment has one element: out == x);
// case 3: flags set with probability 1/2, values up to +-2e9 (sums overflow 32-bit integers).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  a.flags.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    switch (kase) {
      case 0:
        a.x[i] = static_cast<int>(r % 2001) - 1000;
        a.flags[i] = ((r >> 32) % 1000) == 0 ? 1 : 0;
        break;
      case 1:
        a.x[i] = static_cast<int>(r % 2001) - 1000;
        a.flags[i] = 0;
        break;
      case 2:
        a.x[i] = static_cast<int>(r % 2001) - 1000;
        a.flags[i] = 1 + static_cast<int>((r >> 40) % 3);
        break;
      default:
        a.x[i] = static_cast<int>(static_cast<long long>(r % 4000000001ULL) - 2000000000LL);
        a.flags[i] = (r >> 63) ? 1 : 0;
        break;
    }
  }
  // A correct function overwrites every element.
  a.out.assign(n, -7);
}
}  // namespace problem

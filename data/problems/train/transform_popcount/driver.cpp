#include "pf_problem.hpp"

namespace problem {
// case 0: random 64-bit values (the timing input); case 1: 0 and all-ones (counts 0 and 64);
// case 2: single-bit values at every position; case 3: sparse values (few bits set).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  a.bits.assign(n, -1);  // a correct function overwrites every entry
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t v = rng.next();
    if (kase == 1) v = rng.coin() ? 0 : ~std::uint64_t(0);
    else if (kase == 2) v = std::uint64_t(1) << (i % 64);
    else if (kase == 3) v &= rng.next() & rng.next() & rng.next();
    a.x[i] = v;
  }
}
}  // namespace problem

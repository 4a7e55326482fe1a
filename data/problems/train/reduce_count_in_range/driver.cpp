#include "pf_problem.hpp"

namespace problem {
// case 0: uniform values in [-1000, 1000], a random range inside (timing input); case 1: every
// element inside the range (answer n); case 2: every element outside, on both sides (answer 0);
// case 3: elements equal to lo, hi, lo - 1 and hi + 1 only (the ends are included);
// case 4: lo > hi (answer 0).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.lo = static_cast<int>(rng.uniform_int(-300, 0));
  a.hi = static_cast<int>(rng.uniform_int(1, 300));
  if (kase == 4) std::swap(a.lo, a.hi);
  a.x.resize(n);
  std::size_t i = 0;
  for (; i < n; ++i) {
    std::uint64_t r = rng.next();
    int v = static_cast<int>(((r & 0xffffffffULL) * 2001) >> 32) - 1000;
    if (kase == 1) v = a.lo + static_cast<int>(((r >> 32) * static_cast<std::uint64_t>(a.hi - a.lo + 1)) >> 32);
    if (kase == 2) v = (r >> 63) ? a.hi + 1 + static_cast<int>(r % 50) : a.lo - 1 - static_cast<int>(r % 50);
    if (kase == 3) {
      int pick = static_cast<int>((r >> 32) & 3);
      v = pick == 0 ? a.lo : pick == 1 ? a.hi : pick == 2 ? a.lo - 1 : a.hi + 1;
    }
    a.x[i] = v;
  }
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// Values in [-1000, 1000]. case 0: [lo, hi] keeps about half of them (the timing input);
// case 1: the range keeps nothing (empty output); case 2: the range keeps everything (out == x);
// case 3: only the first and the last element are kept; case 4: about 1 in 20 is kept.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  for (std::size_t i = 0; i < n; ++i) a.x[i] = static_cast<int>(rng.next() % 2001) - 1000;
  switch (kase) {
    case 0: a.lo = -500 + static_cast<int>(rng.next() % 21); a.hi = a.lo + 999; break;
    case 1: a.lo = 1001; a.hi = 5000; break;
    case 2: a.lo = -1000; a.hi = 1000; break;
    case 3:
      a.lo = 2000; a.hi = 3000;
      if (n > 0) a.x[0] = 2000;
      if (n > 1) a.x[n - 1] = 3000;
      break;
    default: a.lo = 100; a.hi = 199; break;
  }
  // Meaningless initial contents of the wrong size.
  a.out.assign(n / 2 + 1, -99999);
}
}  // namespace problem

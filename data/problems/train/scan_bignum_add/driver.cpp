#include "pf_problem.hpp"

namespace problem {
// n limbs per operand. case 0: random limbs (the timing input);
// case 1: a = 2^(32n) - 1, b = 1 (one carry ripples through every limb: sum = 0...0 1);
// case 2: a = b = 0; case 3: b = ~a (every limb 0xFFFFFFFF, no carry at all);
// case 4: b = ~a + 1 (sum = 2^(32n): all zero limbs and a final carry, rippling from limb 0).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.a.resize(n);
  a.b.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    std::uint32_t lo = static_cast<std::uint32_t>(r), hi = static_cast<std::uint32_t>(r >> 32);
    switch (kase) {
      case 0: a.a[i] = lo; a.b[i] = hi; break;
      case 1: a.a[i] = 0xFFFFFFFFu; a.b[i] = i == 0 ? 1u : 0u; break;
      case 2: a.a[i] = 0; a.b[i] = 0; break;
      default: a.a[i] = lo | 1u; a.b[i] = ~a.a[i]; break;
    }
  }
  if (kase == 4 && n > 0) a.b[0] += 1;  // a[0] is odd, so ~a[0] + 1 does not wrap
  // A correct function overwrites every limb.
  a.sum.assign(n + 1, 0xDEADBEEFu);
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: a mix of squares (about a third) and random values over the whole 32-bit range
// (timing input); case 1: no square at all (answer 0: squares plus 1, k >= 2); case 2: only
// squares (answer n), including 0, 1 and 65535^2; case 3: neighbours of squares k*k - 1, k*k,
// k*k + 1 and the extremes 0 and 2^32 - 1.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    std::uint64_t k = (r >> 32) & 0xffff;  // a root in [0, 65535]
    std::uint32_t v;
    if (kase == 0) {
      v = (r & 3) == 0 ? static_cast<std::uint32_t>(k * k) : static_cast<std::uint32_t>(r >> 2);
    } else if (kase == 1) {
      k = 2 + (k % 65534);  // k*k + 1 is never a square for k >= 1
      v = static_cast<std::uint32_t>(k * k + 1);
    } else if (kase == 2) {
      v = static_cast<std::uint32_t>(k * k);
    } else {
      static const std::uint32_t kSpecial[] = {0u, 1u, 2u, 3u, 4u, 4294836225u, 4294836224u, 4294967295u};
      if ((r & 7) == 0) v = kSpecial[(r >> 3) & 7];
      else v = static_cast<std::uint32_t>(k * k + ((r >> 3) % 3) - 1 + (k == 0));
    }
    a.x[i] = v;
  }
}
}  // namespace problem

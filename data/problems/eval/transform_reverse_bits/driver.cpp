#include "pf_problem.hpp"

namespace problem {
// case 0: random 32-bit values (the timing input); case 1: single-bit values (each bit
// position); case 2: bit palindromes mixed with random values; case 3: small values 0..999.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  a.y.assign(n, 0x5A5A5A5Au);  // a correct function overwrites every entry
  for (std::size_t i = 0; i < n; ++i) {
    std::uint32_t v = static_cast<std::uint32_t>(rng.next());
    if (kase == 1) {
      v = 1u << (i % 32);
    } else if (kase == 2 && rng.coin()) {
      static const std::uint32_t pal[] = {0u, 0xFFFFFFFFu, 0x80000001u, 0x0FF00FF0u, 0xA5A5A5A5u};
      v = pal[rng.uniform_int(0, 4)];
    } else if (kase == 3) {
      v = static_cast<std::uint32_t>(rng.uniform_int(0, 999));
    }
    a.x[i] = v;
  }
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: random 32-bit values (the timing input); case 1: perfect squares s*s and s*s - 1
// (where rounding errors would show); case 2: small values 0..20; case 3: values near 2^32.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  a.r.assign(n, 0xFFFFFFFFu);  // a correct function overwrites every entry
  for (auto& v : a.x) {
    switch (kase) {
      case 1: {
        std::uint64_t s = static_cast<std::uint64_t>(rng.uniform_int(1, 65535));
        v = static_cast<std::uint32_t>(s * s - static_cast<std::uint64_t>(rng.uniform_int(0, 1)));
        break;
      }
      case 2: v = static_cast<std::uint32_t>(rng.uniform_int(0, 20)); break;
      case 3: v = 0xFFFFFFFFu - static_cast<std::uint32_t>(rng.uniform_int(0, 200000)); break;
      default: v = static_cast<std::uint32_t>(rng.next()); break;
    }
  }
}
}  // namespace problem

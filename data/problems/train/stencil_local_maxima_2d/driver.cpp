#include "pf_problem.hpp"

namespace problem {
// case 0: random heights (the timing input); case 1: a flat terrain (no peaks: ties are not
// peaks); case 2: zero terrain with one spike at a random cell (exactly one peak); case 3:
// integer heights 0..3 (many ties); case 4: a single hill rising towards one corner (the corner
// is the only peak).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.n = n;
  const std::size_t nn = n * n;
  a.height.resize(nn);
  for (std::size_t k = 0; k < nn; k += 2) {  // two 32-bit random heights per generator call
    const std::uint64_t bits = rng.next();
    a.height[k] = static_cast<double>(bits & 0xffffffffu) * (100.0 / 4294967296.0);
    if (k + 1 < nn) a.height[k + 1] = static_cast<double>(bits >> 32) * (100.0 / 4294967296.0);
  }
  if (kase == 1) {
    a.height.assign(nn, 4.5);
  } else if (kase == 2) {
    a.height.assign(nn, 0.0);
    if (nn) a.height[static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(nn) - 1))] = 1.0;
  } else if (kase == 3) {
    for (auto& h : a.height) h = static_cast<double>(rng.uniform_int(0, 3));
  } else if (kase == 4) {
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < n; ++j) a.height[i * n + j] = static_cast<double>(i * i + 3 * j);
  }
  a.peak.assign(nn, 2);
}
}  // namespace problem

#include "pf_problem.hpp"

#include <limits>

namespace problem {
// Valid samples are in [-100, 100). case 0: alternating runs of valid and missing samples, each
// 1..64 long (the timing input); case 1: nothing missing (out == x); case 2: everything missing
// (out = fallback); case 3: a missing prefix (a third of x), then valid runs with some missing runs;
// case 4: only element 0 is valid.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  a.fallback = rng.uniform(-1000.0, 1000.0);
  a.x.resize(n);
  std::size_t i = 0;
  bool missing = rng.coin();
  while (i < n) {
    std::uint64_t r = rng.next();
    std::size_t len = 1 + (r & 63);
    for (std::size_t j = 0; j < len && i < n; ++j, ++i) {
      double v = -100.0 + 200.0 * (static_cast<double>(rng.next() >> 11) * (1.0 / 9007199254740992.0));
      switch (kase) {
        case 0: a.x[i] = missing ? nan : v; break;
        case 1: a.x[i] = v; break;
        case 2: a.x[i] = nan; break;
        case 3: a.x[i] = (i < n / 3 + 1 || (r >> 40) % 5 == 0) ? nan : v; break;
        default: a.x[i] = i == 0 ? v : nan; break;
      }
    }
    missing = !missing;
  }
  // A correct function overwrites every element.
  a.out.assign(n, 1e300);
}
}  // namespace problem

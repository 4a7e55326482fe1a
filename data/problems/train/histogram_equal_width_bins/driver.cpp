#include "pf_problem.hpp"

namespace problem {
// case 0: uniform values in a random interval, 32 bins (timing input); case 1: all values equal
// (everything in bin 0); case 2: only two distinct values (bin 0 and the last bin);
// case 3: normally distributed values with random bin count 1..20 (sparse tails, possibly empty
// bins); case 4: one huge outlier (all but one value in bin 0).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.numBins = kase == 0 ? 32 : static_cast<std::size_t>(rng.uniform_int(1, 20));
  double lo = rng.uniform(-100.0, 100.0), width = rng.uniform(0.5, 50.0);
  a.x.resize(n);
  for (auto& v : a.x) {
    if (kase == 0) v = lo + width * (static_cast<double>(rng.next() >> 11) * (1.0 / 9007199254740992.0));
    else if (kase == 1) v = lo;
    else if (kase == 2) v = rng.coin(0.3) ? lo + width : lo;
    else if (kase == 3) v = lo + width * rng.normal();
    else v = lo + rng.uniform(0.0, 1.0);
  }
  if (kase == 4 && n > 0) a.x[rng.uniform_int(0, static_cast<std::int64_t>(n) - 1)] = lo + 1e6;
  a.counts.assign(a.numBins, 1111);  // an untouched output fails
}
}  // namespace problem

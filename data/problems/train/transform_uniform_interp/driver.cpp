#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// case 0: 16 knots on [0, 15], random query points (the timing input); case 1: two knots
// (one segment); case 2: queries exactly at the knots, both ends included; case 3: 64 knots,
// negative x0 and fractional spacing.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::size_t knots = kase == 1 ? 2 : kase == 3 ? 64 : 16;
  a.x0 = kase == 3 ? -3.7 : kase == 1 ? 2.0 : 0.0;
  a.h = kase == 3 ? 0.125 : kase == 1 ? 5.0 : 1.0;
  a.table = rng.uniform_vector<double>(knots, -10.0, 10.0);
  const double last = a.x0 + static_cast<double>(knots - 1) * a.h;
  a.x.resize(n);
  for (auto& v : a.x) {
    if (kase == 2) v = a.x0 + static_cast<double>(rng.uniform_int(0, static_cast<std::int64_t>(knots) - 1)) * a.h;
    else v = std::min(last, a.x0 + rng.uniform() * (last - a.x0));
  }
  if (kase == 2 && n >= 2) {
    a.x[0] = a.x0;
    a.x[n - 1] = last;
  }
  a.y.assign(n, 1e300);  // a correct function overwrites every entry
}
}  // namespace problem

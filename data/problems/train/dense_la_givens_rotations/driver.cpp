#include "pf_problem.hpp"

#include <cmath>

namespace problem {
// n = N (columns), M = 96 rows.
// case 0: 2n rotations between random row pairs at random angles (the timing input);
// case 1: quarter turns only (c = 0, s = +-1: rows are swapped with a sign), n rotations;
// case 2: a single rotation (the rest of A must stay as it was).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.M = 96;
  a.N = n;
  a.A = rng.uniform_vector<double>(a.M * a.N, -1.0, 1.0);
  std::size_t r = kase == 0 ? 2 * n : kase == 1 ? n : 1;
  a.rowI.resize(r);
  a.rowJ.resize(r);
  a.c.resize(r);
  a.s.resize(r);
  const std::int64_t last = static_cast<std::int64_t>(a.M) - 1;
  for (std::size_t k = 0; k < r; ++k) {
    int i = static_cast<int>(rng.uniform_int(0, last));
    int j = static_cast<int>(rng.uniform_int(0, last - 1));
    if (j >= i) ++j;
    a.rowI[k] = i;
    a.rowJ[k] = j;
    if (kase == 1) {
      a.c[k] = 0.0;
      a.s[k] = rng.coin() ? 1.0 : -1.0;
    } else {
      double t = rng.uniform(0.0, 6.283185307179586);
      a.c[k] = std::cos(t);
      a.s[k] = std::sin(t);
    }
  }
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: uniform coefficients in [-1, 1), |x| within 2e-7 of 1 (timing input: even the last
// terms matter); case 1: x = 1
// (the sum of the coefficients); case 2: x = -1 (alternating sum); case 3: x = 0 (coeffs[0]);
// case 4: integer coefficients and x = +-0.5 (exact powers of two).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.coeffs.resize(n);
  for (auto& c : a.coeffs) {
    if (kase == 4) c = static_cast<double>(rng.uniform_int(-9, 9));
    else c = static_cast<double>(rng.next() >> 11) * (2.0 / 9007199254740992.0) - 1.0;
  }
  if (kase == 0) a.x = (rng.coin() ? 1.0 : -1.0) * (1.0 - rng.uniform(0.0, 2e-7));  // no term negligible
  else if (kase == 1) a.x = 1.0;
  else if (kase == 2) a.x = -1.0;
  else if (kase == 3) a.x = 0.0;
  else a.x = rng.coin() ? 0.5 : -0.5;
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: random spectrum (the timing input); case 1: only X[0] nonzero (constant signal);
// case 2: all zero; case 3: one random bin set (a pure complex exponential);
// case 4: purely imaginary spectrum.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.re = rng.uniform_vector<double>(n, -1.0, 1.0);
  a.im = rng.uniform_vector<double>(n, -1.0, 1.0);
  if (kase == 1 || kase == 2 || kase == 3) {
    a.re.assign(n, 0.0);
    a.im.assign(n, 0.0);
    if (n && kase == 1) a.re[0] = 3.0 * static_cast<double>(n);
    if (n && kase == 3) {
      const std::size_t k = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1));
      a.re[k] = static_cast<double>(n);
      a.im[k] = -0.5 * static_cast<double>(n);
    }
  } else if (kase == 4) {
    a.re.assign(n, 0.0);
  }
}
}  // namespace problem

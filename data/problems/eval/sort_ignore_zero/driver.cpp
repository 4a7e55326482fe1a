#include "pf_problem.hpp"

namespace problem {
// case 0: random values in [-100000, 100000], about 30% zeros (the timing input);
// case 1: no zeros, strictly decreasing; case 2: zeros at both ends and many duplicate values;
// case 3: all zeros (nothing moves).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  if (kase == 1) {
    for (std::size_t i = 0; i < n; ++i) a.x[i] = static_cast<int>(n - i) + 5;
  } else if (kase == 2) {
    for (auto& v : a.x) v = rng.coin(0.4) ? 0 : static_cast<int>(rng.uniform_int(-3, 3));
    if (n > 0) a.x[0] = 0;
    if (n > 1) a.x[n - 1] = 0;
    if (n > 2) a.x[n / 2] = -7;
  } else if (kase == 3) {
    a.x.assign(n, 0);
  } else {
    for (auto& v : a.x) v = rng.coin(0.3) ? 0 : static_cast<int>(rng.uniform_int(-100000, 100000));
  }
}
}  // namespace problem

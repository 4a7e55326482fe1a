#include "pf_problem.hpp"

namespace problem {
// case 0: uniform values in [0.5, 100) (timing input); case 1: all values equal (the mean is that
// value); case 2: values spanning many magnitudes, 1e-6 to 1e6 (the small ones dominate);
// case 3: the integers 1..9.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  double v0 = rng.uniform(0.1, 1000.0);
  for (auto& v : a.x) {
    if (kase == 0) v = 0.5 + static_cast<double>(rng.next() >> 11) * (99.5 / 9007199254740992.0);
    else if (kase == 1) v = v0;
    else if (kase == 2) v = std::pow(10.0, rng.uniform(-6.0, 6.0));
    else v = static_cast<double>(rng.uniform_int(1, 9));
  }
}
}  // namespace problem

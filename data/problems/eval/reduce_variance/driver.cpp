#include "pf_problem.hpp"

namespace problem {
// case 0: uniform values in [-1, 1) around a random offset in [-10, 10] (timing input);
// case 1: all values equal (variance 0); case 2: two values only, a and b, each half the time
// on average; case 3: wide range, values in [-1e6, 1e6).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  double offset = rng.uniform(-10.0, 10.0);
  if (kase == 0) {
    for (auto& v : a.x) v = offset + (static_cast<double>(rng.next() >> 11) * (2.0 / 9007199254740992.0) - 1.0);
  } else if (kase == 1) {
    for (auto& v : a.x) v = offset;
  } else if (kase == 2) {
    double lo = offset, hi = offset + rng.uniform(0.5, 3.0);
    for (auto& v : a.x) v = rng.coin() ? hi : lo;
  } else {
    for (auto& v : a.x) v = rng.uniform(-1e6, 1e6);
  }
}
}  // namespace problem

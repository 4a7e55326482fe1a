#include "pf_problem.hpp"

namespace problem {
// case 0: random values in [-1e6, 1e6) (the timing input; new minima get rarer along the vector);
// case 1: strictly decreasing (every element is a new minimum, out == x);
// case 2: strictly increasing (out is x[0] everywhere);
// case 3: random values from a few levels with many ties.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  const double start = rng.uniform(-10.0, 10.0);
  for (std::size_t i = 0; i < n; ++i) {
    switch (kase) {
      case 0: a.x[i] = rng.uniform(-1e6, 1e6); break;
      case 1: a.x[i] = start - 0.5 * static_cast<double>(i); break;
      case 2: a.x[i] = start + 0.5 * static_cast<double>(i); break;
      default: a.x[i] = static_cast<double>(rng.uniform_int(-3, 3)) * 0.25; break;
    }
  }
  // A correct function overwrites every element.
  a.out.assign(n, 1e300);
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// Values are multiples of 1/64 with small magnitude, so every summation order gives exactly the
// same sums (an OpenMP scan is checked exactly, a float accumulator is not).
// case 0: random values in [-15.6, 15.6] (the timing input); case 1: all zero;
// case 2: all ones (out[i] = n - i); case 3: alternating +v, -v (suffix sums alternate 0 / +-v).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  const double v = static_cast<double>(rng.uniform_int(1, 640)) / 64.0;
  for (std::size_t i = 0; i < n; ++i) {
    switch (kase) {
      case 0: a.x[i] = static_cast<double>(static_cast<long long>(rng.next() % 2001) - 1000) / 64.0; break;
      case 1: a.x[i] = 0.0; break;
      case 2: a.x[i] = 1.0; break;
      default: a.x[i] = (i % 2 == 0) ? v : -v; break;
    }
  }
  // A correct function overwrites every element.
  a.out.assign(n, -12345.0);
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: independent uniform values in [-10, 10) (timing input); case 1: x <= y everywhere (the
// answer is the sum of x); case 2: y < x everywhere (the sum of y); case 3: x == y.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  a.y.resize(n);
  const double k = 20.0 / 4294967296.0;
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    double p = static_cast<double>(r & 0xffffffffULL) * k - 10.0, q = static_cast<double>(r >> 32) * k - 10.0;
    if (kase == 1 && p > q) std::swap(p, q);
    if (kase == 2 && q >= p) std::swap(p, q), p += 0.5;
    if (kase == 3) q = p;
    a.x[i] = p;
    a.y[i] = q;
  }
}
}  // namespace problem

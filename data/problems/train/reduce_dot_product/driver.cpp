#include "pf_problem.hpp"

namespace problem {
// case 0: uniform values in [-1, 1) (timing input); case 1: interleaved zeros, x zero at even and
// y zero at odd indices (answer exactly 0); case 2: y equal to x (a sum of squares, positive);
// case 3: positive values of very different magnitudes (1e-3 to 1e6).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  a.y.resize(n);
  const double k = 2.0 / 9007199254740992.0;
  for (std::size_t i = 0; i < n; ++i) {
    if (kase == 3) {
      a.x[i] = std::pow(10.0, rng.uniform(-3.0, 6.0));
      a.y[i] = rng.uniform(0.0, 1.0);
      continue;
    }
    std::uint64_t r = rng.next();
    a.x[i] = static_cast<double>(r >> 11) * k - 1.0;
    a.y[i] = kase == 2 ? a.x[i] : static_cast<double>((r * 0x9E3779B97F4A7C15ULL) >> 11) * k - 1.0;
    if (kase == 1) (i % 2 == 0 ? a.x[i] : a.y[i]) = 0.0;
  }
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: every difference within tol (answer true; the timing input); case 1: one difference
// above tol at a random index (false); case 2: only the first pair too far apart (false);
// case 3: only the last pair too far apart (false); case 4: every difference exactly +-tol, in
// exactly representable numbers (true); case 5: exactly +-tol except one pair at 2 * tol (false).
const int kNumCases = 6;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.a.resize(n);
  a.b.resize(n);
  if (kase >= 4) {
    a.tol = 0.125;
    for (std::size_t i = 0; i < n; ++i) {
      a.a[i] = static_cast<double>(rng.uniform_int(-4096, 4096)) / 1024.0;
      a.b[i] = a.a[i] + (rng.coin() ? a.tol : -a.tol);
    }
    if (kase == 5 && n > 0) {
      std::size_t k = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1));
      a.b[k] = a.a[k] + 2 * a.tol;
    }
    return;
  }
  a.tol = rng.uniform(0.01, 1.0);
  const double scale = 2.0 * 0.49 * a.tol / 9007199254740992.0;
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    a.a[i] = static_cast<double>(r >> 40) * (1.0 / 65536.0) - 128.0;                      // [-128, 128)
    a.b[i] = a.a[i] + (static_cast<double>((r << 13) >> 11) * scale - 0.49 * a.tol);  // within 0.49 tol
  }
  if (n == 0 || kase == 0) return;
  std::size_t k = kase == 2 ? 0 : kase == 3 ? n - 1 : static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1));
  a.b[k] = a.a[k] + (rng.coin() ? 1 : -1) * a.tol * rng.uniform(1.01, 3.0);
}
}  // namespace problem

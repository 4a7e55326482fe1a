#include "pf_problem.hpp"

namespace problem {
// case 0: an amplitude-modulated tone plus noise (the timing input); case 1: a pure cosine at a
// random bin (constant envelope); case 2: all zero; case 3: a constant (envelope = |c|);
// case 4: white noise.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  const double pi = 3.14159265358979323846;
  a.x.assign(n, 0.0);
  if (kase == 0) {
    const double carrier = static_cast<double>(n / 4), mod = static_cast<double>(rng.uniform_int(1, 4));
    for (std::size_t j = 0; j < n; ++j) {
      const double t = static_cast<double>(j) / n;
      a.x[j] = (1.5 + std::cos(2 * pi * mod * t)) * std::cos(2 * pi * carrier * t) + 0.05 * rng.uniform(-1.0, 1.0);
    }
  } else if (kase == 1) {
    const double k = n >= 2 ? static_cast<double>(rng.uniform_int(1, std::max<std::int64_t>(1, n / 2 - 1))) : 0.0;
    for (std::size_t j = 0; j < n; ++j) a.x[j] = 2.0 * std::cos(2 * pi * k * static_cast<double>(j) / n + 0.4);
  } else if (kase == 3) {
    a.x.assign(n, -1.25);
  } else if (kase == 4) {
    a.x = rng.uniform_vector<double>(n, -1.0, 1.0);
  }
  a.env.assign(n, -1.0);
}
}  // namespace problem

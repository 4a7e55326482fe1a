#include "pf_problem.hpp"

namespace problem {
// case 0: random samples (the timing input); case 1: a constant; case 2: alternating +1/-1
// (Nyquist: all midpoints 0); case 3: a cosine at a random bin below n/2 (interpolated
// exactly); case 4: all zero.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  const double pi = 3.14159265358979323846;
  a.x = rng.uniform_vector<double>(n, -1.0, 1.0);
  if (kase == 1) {
    a.x.assign(n, 0.75);
  } else if (kase == 2) {
    for (std::size_t j = 0; j < n; ++j) a.x[j] = (j % 2) ? -2.0 : 2.0;
  } else if (kase == 3) {
    const double k = n >= 2 ? static_cast<double>(rng.uniform_int(0, static_cast<std::int64_t>(n / 2) - 1)) : 0.0;
    for (std::size_t j = 0; j < n; ++j) a.x[j] = std::cos(2 * pi * k * static_cast<double>(j) / n + 0.3);
  } else if (kase == 4) {
    a.x.assign(n, 0.0);
  }
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: white noise (the timing input); case 1: all zero; case 2: a constant (only X[0]);
// case 3: a sine at a random bin (a purely imaginary peak); case 4: a unit impulse at a random
// position (every bin has magnitude 1).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  const double pi = 3.14159265358979323846;
  a.x = rng.uniform_vector<double>(n, -1.0, 1.0);
  if (kase == 1) {
    a.x.assign(n, 0.0);
  } else if (kase == 2) {
    a.x.assign(n, 1.5);
  } else if (kase == 3) {
    const double k = static_cast<double>(rng.uniform_int(0, static_cast<std::int64_t>(n / 2)));
    for (std::size_t j = 0; j < n; ++j) a.x[j] = std::sin(2 * pi * k * static_cast<double>(j) / n);
  } else if (kase == 4) {
    a.x.assign(n, 0.0);
    if (n) a.x[static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1))] = 1.0;
  }
}
}  // namespace problem

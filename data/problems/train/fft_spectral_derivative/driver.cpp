#include "pf_problem.hpp"

namespace problem {
// case 0: a sine of random frequency and phase plus noise (the timing input); case 1: a constant
// (derivative 0); case 2: a single sine of random frequency (derivative a cosine);
// case 3: all power at the Nyquist frequency (derivative 0); case 4: white noise, period 1.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  const double pi = 3.14159265358979323846;
  a.period = rng.uniform(1.0, 10.0);
  a.f.assign(n, 0.0);
  if (kase == 0) {
    const double k = static_cast<double>(rng.uniform_int(0, static_cast<std::int64_t>(n / 2)));
    const double ph = rng.uniform(0.0, 2 * pi);
    for (std::size_t j = 0; j < n; ++j)
      a.f[j] = std::sin(2 * pi * k * static_cast<double>(j) / n + ph) + 0.01 * rng.uniform(-1.0, 1.0);
  } else if (kase == 1) {
    a.f.assign(n, -2.5);
  } else if (kase == 2) {
    const double k = static_cast<double>(rng.uniform_int(0, static_cast<std::int64_t>(n / 2)));
    for (std::size_t j = 0; j < n; ++j) a.f[j] = 3.0 * std::sin(2 * pi * k * static_cast<double>(j) / n);
  } else if (kase == 3) {
    for (std::size_t j = 0; j < n; ++j) a.f[j] = (j % 2) ? -1.0 : 1.0;
  } else {
    a.f = rng.uniform_vector<double>(n, -1.0, 1.0);
    a.period = 1.0;
  }
  a.df.assign(n, 99.0);
}
}  // namespace problem

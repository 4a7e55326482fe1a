#include "pf_problem.hpp"

namespace problem {
// case 0: white noise (the timing input); case 1: silence (all zero); case 2: a cosine at a
// random bin plus an offset (two peaks: bin 0 and that bin); case 3: alternating +1/-1 (all
// power at the Nyquist bin).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  const double pi = 3.14159265358979323846;
  if (kase == 1) {
    a.x.assign(n, 0.0);
  } else if (kase == 2) {
    a.x.resize(n);
    const double k = static_cast<double>(rng.uniform_int(0, static_cast<std::int64_t>(n / 2)));
    for (std::size_t j = 0; j < n; ++j) a.x[j] = 0.5 + 2.0 * std::cos(2 * pi * k * static_cast<double>(j) / n);
  } else if (kase == 3) {
    a.x.resize(n);
    for (std::size_t j = 0; j < n; ++j) a.x[j] = (j % 2) ? -1.0 : 1.0;
  } else {
    a.x = rng.uniform_vector<double>(n, -1.0, 1.0);
  }
}
}  // namespace problem

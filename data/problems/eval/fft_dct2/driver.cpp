#include "pf_problem.hpp"

namespace problem {
// case 0: random values in [-1, 1] (the timing input); case 1: constant vector (only out[0]
// is nonzero); case 2: all zero; case 3: a pure cosine of a random frequency (one large
// coefficient); case 4: alternating +1/-1.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  const double pi = 3.14159265358979323846;
  if (kase == 1) {
    a.x.assign(n, 2.5);
  } else if (kase == 2) {
    a.x.assign(n, 0.0);
  } else if (kase == 3) {
    a.x.resize(n);
    double f = n ? static_cast<double>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1)) : 0.0;
    for (std::size_t j = 0; j < n; ++j) a.x[j] = std::cos(pi / n * (j + 0.5) * f);
  } else if (kase == 4) {
    a.x.resize(n);
    for (std::size_t j = 0; j < n; ++j) a.x[j] = (j % 2) ? -1.0 : 1.0;
  } else {
    a.x = rng.uniform_vector<double>(n, -1.0, 1.0);
  }
  a.out.assign(n, -123.0);
}
}  // namespace problem

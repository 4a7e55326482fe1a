#include "pf_problem.hpp"

namespace problem {
// n is the number of evaluation points; K = 48 coefficients unless stated.
// case 0: random coefficients, random points in [0, 2*pi) (the timing input); case 1: all
// coefficients zero (y = 0); case 2: only a[0] (a constant); case 3: K = 1; case 4: sine terms
// only, points at multiples of pi (where the series is 0 up to round-off).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  const double pi = 3.14159265358979323846;
  std::size_t K = 48;
  if (kase == 3) K = 1;
  a.a = rng.uniform_vector<double>(K, -1.0, 1.0);
  a.b = rng.uniform_vector<double>(K, -1.0, 1.0);
  a.t = rng.uniform_vector<double>(n, 0.0, 2 * pi);
  if (kase == 1) {
    a.a.assign(K, 0.0);
    a.b.assign(K, 0.0);
  } else if (kase == 2) {
    a.a.assign(K, 0.0);
    a.b.assign(K, 0.0);
    a.a[0] = 5.0;
  } else if (kase == 4) {
    a.a.assign(K, 0.0);
    for (std::size_t i = 0; i < n; ++i) a.t[i] = pi * static_cast<double>(rng.uniform_int(-3, 3));
  }
  a.y.assign(n, 1.0e9);
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// n = N. case 0: random dense lower triangle with a dominant diagonal, K = n (the timing
// input); case 1: a diagonal L (X = B scaled row by row), K = n; case 2: one right-hand side.
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.N = n;
  a.K = kase == 2 ? 1 : n;
  a.L.assign(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    if (kase != 1)
      for (std::size_t j = 0; j < i; ++j) a.L[i * n + j] = rng.uniform(-1.0, 1.0);
    double d = rng.uniform(0.5, 1.0) * static_cast<double>(i + 1) + 1.0;
    a.L[i * n + i] = rng.coin() ? d : -d;
  }
  a.B = rng.uniform_vector<double>(n * a.K, -1.0, 1.0);
  a.X.assign(n * a.K, 0.0);
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: random symmetric off-diagonal entries in [-1, 1), diagonal N + [1, 2) (the timing
// input); case 1: a diagonal matrix (L = sqrt of the diagonal); case 2: a tridiagonal matrix.
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.N = n;
  a.A.assign(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      double v = 0.0;
      if (kase == 0 || (kase == 2 && j + 1 == i)) v = rng.uniform(-1.0, 1.0);
      a.A[i * n + j] = a.A[j * n + i] = v;
    }
    a.A[i * n + i] = (kase == 1 ? 0.0 : static_cast<double>(n)) + rng.uniform(1.0, 2.0);
  }
  a.L.assign(n * n, 1.0);
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: random triangles (the timing input); case 1: L is the identity (C = U);
// case 2: U is diagonal (C is L with scaled columns).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.N = n;
  a.L.assign(n * n, 0.0);
  a.U.assign(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t k = 0; k <= i; ++k) a.L[i * n + k] = kase == 1 ? (k == i ? 1.0 : 0.0) : rng.uniform(-1.0, 1.0);
    for (std::size_t j = i; j < n; ++j) a.U[i * n + j] = (kase == 2 && j != i) ? 0.0 : rng.uniform(-1.0, 1.0);
  }
  a.C.assign(n * n, 4.0);
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// n = number of 4 x 4 matrices.
// case 0: random entries (the timing input); case 1: every B_k is the identity (C = A);
// case 2: every A_k is the identity (C = B).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.A = rng.uniform_vector<double>(16 * n, -1.0, 1.0);
  a.B = rng.uniform_vector<double>(16 * n, -1.0, 1.0);
  if (kase == 1 || kase == 2) {
    std::vector<double>& id = kase == 1 ? a.B : a.A;
    for (std::size_t k = 0; k < n; ++k)
      for (int e = 0; e < 16; ++e) id[16 * k + e] = (e % 5 == 0) ? 1.0 : 0.0;
  }
  a.C.assign(16 * n, 9.0);
}
}  // namespace problem

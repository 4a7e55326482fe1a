#include "pf_problem.hpp"

namespace problem {
// case 0: random values (the timing input); case 1: a symmetric matrix (the transpose is
// the matrix itself); case 2: distinct integers i*N + j (every misplaced element shows).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.N = n;
  if (kase == 0) {
    a.A = rng.uniform_vector<double>(n * n, -1.0, 1.0);
  } else if (kase == 1) {
    a.A.assign(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i; j < n; ++j) a.A[i * n + j] = a.A[j * n + i] = rng.uniform(-1.0, 1.0);
  } else {
    a.A.resize(n * n);
    for (std::size_t k = 0; k < n * n; ++k) a.A[k] = static_cast<double>(k);
  }
}
}  // namespace problem

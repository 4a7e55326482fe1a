#include "pf_problem.hpp"

namespace problem {
// n = N, M = 2n.
// case 0: random entries (the timing input);
// case 1: columns are distinct scaled unit vectors (Q is a 0/1 selection matrix);
// case 2: upper triangular top block with a positive diagonal (Q = [I; 0]).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.N = n;
  a.M = 2 * n;
  if (kase == 0) {
    a.A = rng.uniform_vector<double>(a.M * a.N, -1.0, 1.0);
  } else if (kase == 1) {
    a.A.assign(a.M * a.N, 0.0);
    std::vector<std::size_t> rows(a.M);
    for (std::size_t i = 0; i < a.M; ++i) rows[i] = i;
    rng.shuffle(rows);
    for (std::size_t k = 0; k < a.N; ++k) a.A[rows[k] * a.N + k] = rng.uniform(0.5, 3.0);
  } else {
    a.A.assign(a.M * a.N, 0.0);
    for (std::size_t i = 0; i < a.N; ++i) {
      a.A[i * a.N + i] = rng.uniform(1.0, 2.0);
      for (std::size_t j = i + 1; j < a.N; ++j) a.A[i * a.N + j] = rng.uniform(-1.0, 1.0);
    }
  }
  a.Q.assign(a.M * a.N, 0.0);
}
}  // namespace problem

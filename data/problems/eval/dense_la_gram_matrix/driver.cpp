#include "pf_problem.hpp"

namespace problem {
// n = N (number of columns). case 0: random values, M = n + n/2 (the timing input);
// case 1: small integers (exact sums), M = n + n/2; case 2: a single row (M = 1).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.N = n;
  a.M = kase == 2 ? (n > 0 ? 1 : 0) : n + n / 2;
  if (kase == 1) {
    a.A = rng.uniform_vector<double>(a.M * a.N, -3, 3);
  } else {
    a.A = rng.uniform_vector<double>(a.M * a.N, -1.0, 1.0);
  }
  a.G.assign(n * n, -1.0);
}
}  // namespace problem

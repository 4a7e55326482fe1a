#include "pf_problem.hpp"

namespace problem {
// n = N (columns). case 0: random A and x, M = n + n/3 (the timing input);
// case 1: x is zero except one entry (y is a scaled row of A); case 2: a single row (M = 1).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.N = n;
  a.M = kase == 2 ? 1 : n + n / 3;
  a.A = rng.uniform_vector<double>(a.M * a.N, -1.0, 1.0);
  if (kase == 1) {
    a.x.assign(a.M, 0.0);
    if (a.M > 0) a.x[static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(a.M) - 1))] = rng.uniform(1.0, 2.0);
  } else {
    a.x = rng.uniform_vector<double>(a.M, -1.0, 1.0);
  }
  a.y.assign(n, 1.0);
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// n = rows. case 0: square n x n matrix, random factors (the timing input); case 1: a single
// column; case 2: three columns whose factors are 0, 1 and -1; case 3: n x (n + 5) with
// factors that are powers of two.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::size_t cols = kase == 1 ? 1 : kase == 2 ? 3 : kase == 3 ? n + 5 : n;
  a.rows = n;
  a.A = rng.uniform_vector<double>(n * cols, -1.0, 1.0);
  if (kase == 2) {
    a.s = {0.0, 1.0, -1.0};
  } else if (kase == 3) {
    a.s.resize(cols);
    for (auto& v : a.s) v = static_cast<double>(std::int64_t(1) << rng.uniform_int(0, 20)) * (rng.coin() ? 1 : -1);
  } else {
    a.s = rng.uniform_vector<double>(cols, -2.0, 2.0);
  }
}
}  // namespace problem

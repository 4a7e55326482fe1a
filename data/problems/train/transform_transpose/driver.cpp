#include "pf_problem.hpp"

namespace problem {
// n = rows. case 0: square n x n (the timing input); case 1: a single column (n x 1);
// case 2: n x (n + 3); case 3: n x 7.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.rows = n;
  a.cols = kase == 1 ? 1 : kase == 2 ? n + 3 : kase == 3 ? 7 : n;
  a.A = rng.uniform_vector<double>(a.rows * a.cols, -1.0, 1.0);
  a.B.assign(a.rows * a.cols, 1e300);  // a correct function overwrites every entry
}
}  // namespace problem

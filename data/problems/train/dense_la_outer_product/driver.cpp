#include "pf_problem.hpp"

namespace problem {
// n = M = size of x; N = n + n/2 + 1 = size of y.
// case 0: random entries (the timing input); case 1: x has a single nonzero (A has one nonzero
// row); case 2: y is all ones (every row of A is constant).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::size_t m = n, cols = n + n / 2 + 1;
  a.x = rng.uniform_vector<double>(m, -1.0, 1.0);
  a.y = rng.uniform_vector<double>(cols, -1.0, 1.0);
  if (kase == 1 && m > 0) {
    std::size_t keep = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(m) - 1));
    for (std::size_t i = 0; i < m; ++i)
      if (i != keep) a.x[i] = 0.0;
  }
  if (kase == 2) a.y.assign(cols, 1.0);
  a.A.assign(m * cols, 0.25);
}
}  // namespace problem

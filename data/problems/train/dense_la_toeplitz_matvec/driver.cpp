#include "pf_problem.hpp"

namespace problem {
// case 0: random t and x (the timing input); case 1: t is zero except the main diagonal
// (y = t[N-1] * x); case 2: t is zero except one random diagonal (y is a shifted, scaled x).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.N = n;
  std::size_t len = n == 0 ? 0 : 2 * n - 1;
  a.t = rng.uniform_vector<double>(len, -1.0, 1.0);
  if (kase >= 1 && n > 0) {
    std::size_t keep = kase == 1 ? n - 1 : static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(len) - 1));
    for (std::size_t k = 0; k < len; ++k)
      if (k != keep) a.t[k] = 0.0;
  }
  a.x = rng.uniform_vector<double>(n, -1.0, 1.0);
  a.y.assign(n, 2.0);
}
}  // namespace problem

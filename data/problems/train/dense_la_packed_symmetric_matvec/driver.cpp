#include "pf_problem.hpp"

namespace problem {
// case 0: random packed matrix and x (the timing input); case 1: a diagonal matrix
// (y = diag * x); case 2: x is zero except one entry (y is a scaled row/column of A).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.N = n;
  a.AP = rng.uniform_vector<double>(n * (n + 1) / 2, -1.0, 1.0);
  if (kase == 1) {
    std::size_t p = 0;
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i; j < n; ++j, ++p)
        if (j != i) a.AP[p] = 0.0;
  }
  a.x = rng.uniform_vector<double>(n, -1.0, 1.0);
  if (kase == 2 && n > 0) {
    std::size_t keep = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1));
    for (std::size_t i = 0; i < n; ++i)
      if (i != keep) a.x[i] = 0.0;
  }
  a.y.assign(n, -1.0);
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// n = M (rows).
// case 0: 0-24 nonzeros per row, random values (the timing input);
// case 1: every row empty except one (norms all zero but one);
// case 2: one nonzero per row (norms are absolute values).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.rowPtr.assign(n + 1, 0);
  std::size_t keep = n > 0 ? static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1)) : 0;
  for (std::size_t i = 0; i < n; ++i) {
    int len = kase == 0 ? static_cast<int>(rng.uniform_int(0, 24)) : kase == 1 ? (i == keep ? 5 : 0) : 1;
    a.rowPtr[i + 1] = a.rowPtr[i] + len;
  }
  a.values = rng.uniform_vector<double>(static_cast<std::size_t>(a.rowPtr[n]), -2.0, 2.0);
  a.norms.assign(n, -1.0);
}
}  // namespace problem

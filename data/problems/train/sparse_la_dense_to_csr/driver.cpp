#include "pf_problem.hpp"

namespace problem {
// n = M, N = n + n/3.
// case 0: about 4% nonzeros at random positions (the timing input);
// case 1: all zeros (every row empty); case 2: no zeros at all (every row full).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.M = n;
  a.N = n + n / 3;
  std::size_t total = a.M * a.N;
  if (kase == 2) {
    a.A = rng.uniform_vector<double>(total, 1.0, 2.0);
    for (auto& v : a.A)
      if (rng.coin()) v = -v;
  } else {
    a.A.assign(total, 0.0);
    if (kase == 0 && total > 0) {
      std::size_t count = total / 25 + 1;
      for (std::size_t c = 0; c < count; ++c)
        a.A[static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(total) - 1))] = rng.uniform(-1.0, 1.0) + 2.0;
    }
  }
  a.rowPtr.assign(2, 1);
  a.colIdx.assign(1, 0);
  a.values.assign(1, 1.0);
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// n = M; K = n + 3, N = n + n/4 + 1.
// case 0: random entries (the timing input); case 1: A zero except one random row (C has a
// single nonzero row); case 2: small integers (exact products).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.M = n;
  a.K = n + 3;
  a.N = n + n / 4 + 1;
  if (kase == 2) {
    a.A = rng.uniform_vector<double>(a.M * a.K, -4, 4);
    a.B = rng.uniform_vector<double>(a.K * a.N, -4, 4);
    for (auto& v : a.A) v = static_cast<double>(static_cast<int>(v));
    for (auto& v : a.B) v = static_cast<double>(static_cast<int>(v));
  } else {
    a.A = rng.uniform_vector<double>(a.M * a.K, -1.0, 1.0);
    a.B = rng.uniform_vector<double>(a.K * a.N, -1.0, 1.0);
  }
  if (kase == 1 && n > 0) {
    std::size_t keep = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1));
    for (std::size_t i = 0; i < a.M; ++i)
      if (i != keep)
        for (std::size_t k = 0; k < a.K; ++k) a.A[i * a.K + k] = 0.0;
  }
  a.C.assign(a.M * a.N, 0.5);
}
}  // namespace problem

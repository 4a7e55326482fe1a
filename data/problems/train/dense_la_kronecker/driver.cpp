#include "pf_problem.hpp"

namespace problem {
// size s: A is s x (s+1), B is (s/2+1) x (s+2).
// case 0: random entries (the timing input); case 1: A has a single nonzero (one block of K
// is a multiple of B, the rest zero); case 2: B is a single row (p = 1).
const int kNumCases = 3;

void make_input(Args& a, std::size_t s, pf::Rng& rng, int kase) {
  a.m = s;
  a.n = s + 1;
  a.p = kase == 2 ? 1 : s / 2 + 1;
  a.q = s + 2;
  a.A = rng.uniform_vector<double>(a.m * a.n, -1.0, 1.0);
  a.B = rng.uniform_vector<double>(a.p * a.q, -1.0, 1.0);
  if (kase == 1 && !a.A.empty()) {
    std::size_t keep = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(a.A.size()) - 1));
    for (std::size_t k = 0; k < a.A.size(); ++k)
      if (k != keep) a.A[k] = 0.0;
  }
  a.K.assign(a.m * a.n * a.p * a.q, -2.0);
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: random digraph, out-degrees in [0, 16], weights in [1, 100] (timing input);
// case 1: as case 0 but the source has no out-edges; case 2: weights 0 or 1;
// case 3: edges only inside the halves {v < n/2} and {v >= n/2}: the other half is unreachable.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::int64_t N = static_cast<std::int64_t>(n), half = N / 2;
  a.source = static_cast<int>(rng.uniform_int(0, N - 1));
  a.offsets.assign(n + 1, 0);
  a.targets.clear();
  a.weights.clear();
  a.targets.reserve(8 * n);
  a.weights.reserve(8 * n);
  for (std::int64_t u = 0; u < N; ++u) {
    std::int64_t deg = rng.uniform_int(0, 16);
    // The source always has 16 out-edges (so that every timing input has about the same work),
    // except in case 1 where it has none.
    if (u == a.source) deg = kase == 1 ? 0 : 16;
    for (std::int64_t k = 0; k < deg; ++k) {
      std::int64_t v = (kase == 3 && N >= 2) ? (u < half ? rng.uniform_int(0, half - 1) : rng.uniform_int(half, N - 1))
                                              : rng.uniform_int(0, N - 1);
      a.targets.push_back(static_cast<int>(v));
      a.weights.push_back(static_cast<int>(kase == 2 ? rng.uniform_int(0, 1) : rng.uniform_int(1, 100)));
    }
    a.offsets[u + 1] = static_cast<int>(a.targets.size());
  }
  a.dist.assign(n, 3);
}
}  // namespace problem

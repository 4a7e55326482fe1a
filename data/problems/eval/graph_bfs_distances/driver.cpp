#include "pf_problem.hpp"

namespace problem {
// case 0: random digraph, out-degrees uniform in [0, 16] (timing input);
// case 1: one directed path through all vertices in random order, source at its start
// (distances 0..n-1); case 2: as case 0 but the source has no out-edges (all others -1);
// case 3: edges only inside the two halves {v < n/2}, {v >= n/2}: the other half is unreachable.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::int64_t N = static_cast<std::int64_t>(n);
  a.offsets.assign(n + 1, 0);
  a.targets.clear();
  if (kase == 1) {
    std::vector<int> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = static_cast<int>(i);
    rng.shuffle(order);
    std::vector<int> next(n, -1);
    for (std::size_t i = 0; i + 1 < n; ++i) next[order[i]] = order[i + 1];
    for (std::size_t u = 0; u < n; ++u) {
      if (next[u] >= 0) a.targets.push_back(next[u]);
      a.offsets[u + 1] = static_cast<int>(a.targets.size());
    }
    a.source = order[0];
  } else {
    a.source = static_cast<int>(rng.uniform_int(0, N - 1));
    a.targets.reserve(n * 8);
    std::int64_t half = N / 2;
    for (std::int64_t u = 0; u < N; ++u) {
      std::int64_t deg = rng.uniform_int(0, 16);
      // The source always has 16 out-edges (so that every timing input has about the same work),
      // except in case 2 where it has none.
      if (u == a.source) deg = kase == 2 ? 0 : 16;
      for (std::int64_t k = 0; k < deg; ++k) {
        std::int64_t v;
        if (kase == 3 && N >= 2)
          v = u < half ? rng.uniform_int(0, half - 1) : rng.uniform_int(half, N - 1);
        else
          v = rng.uniform_int(0, N - 1);
        a.targets.push_back(static_cast<int>(v));
      }
      a.offsets[u + 1] = static_cast<int>(a.targets.size());
    }
  }
  a.dist.assign(n, 7);
}
}  // namespace problem

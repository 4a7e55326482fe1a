#include "pf_problem.hpp"

namespace problem {
const int kNone = 100000000;
// case 0: each edge present with probability 1/8, weight in [1, 1000] (timing input);
// case 1: no edges (nothing changes); case 2: one directed cycle in random vertex order
// (long paths); case 3: random edges with weight 0 (probability 1/4).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.n = n;
  a.dist.assign(n * n, kNone);
  if (kase == 2) {
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    rng.shuffle(order);
    for (std::size_t i = 0; i + 1 < n; ++i)
      a.dist[order[i] * n + order[i + 1]] = static_cast<int>(rng.uniform_int(1, 1000));
    if (n >= 2) a.dist[order[n - 1] * n + order[0]] = static_cast<int>(rng.uniform_int(1, 1000));
  } else if (kase == 0 || kase == 3) {
    for (std::size_t i = 0; i < n * n; ++i) {
      std::uint64_t r = rng.next();
      if (kase == 0 && (r & 7) == 0) a.dist[i] = static_cast<int>(1 + (r >> 8) % 1000);
      if (kase == 3 && (r & 3) == 0) a.dist[i] = 0;
    }
  }
  for (std::size_t i = 0; i < n; ++i) a.dist[i * n + i] = 0;
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: 1.5 n random edges (a giant component and small ones; timing input); case 1: no edges
// (answer 1); case 2: complete graph (answer n); case 3: two disjoint cliques on a random split of
// the vertices (answer: the larger part).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.n = n;
  a.adj.assign(n * n, 0);
  std::int64_t N = static_cast<std::int64_t>(n);
  auto link = [&](std::size_t i, std::size_t j) { a.adj[i * n + j] = a.adj[j * n + i] = 1; };
  if (kase == 0 && n > 0) {
    for (std::size_t k = 0; k < 3 * n / 2; ++k)
      link(static_cast<std::size_t>(rng.uniform_int(0, N - 1)), static_cast<std::size_t>(rng.uniform_int(0, N - 1)));
  } else if (kase == 2 || kase == 3) {
    std::vector<int> part(n, 0);
    if (kase == 3)
      for (auto& p : part) p = rng.coin(0.3) ? 1 : 0;
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j)
        if (part[i] == part[j]) link(i, j);
  }
}
}  // namespace problem

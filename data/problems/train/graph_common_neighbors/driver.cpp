#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// 4 n queries. case 0: about 48 n random edges (mean degree 96); half the queries are edges,
// half random pairs (timing input); case 1: no edges (every count 0); case 2: a clique on the first
// min(n, 40) vertices, the rest isolated; case 3: random graph, queries {u, u} (count = degree).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::int64_t N = static_cast<std::int64_t>(n);
  std::vector<std::vector<int>> adj(n);
  if ((kase == 0 || kase == 3) && n >= 2) {
    for (std::size_t k = 0; k < 48 * n; ++k) {
      int u = static_cast<int>(rng.uniform_int(0, N - 1)), v = static_cast<int>(rng.uniform_int(0, N - 1));
      if (u == v) continue;
      adj[u].push_back(v);
      adj[v].push_back(u);
    }
  } else if (kase == 2) {
    std::size_t c = std::min<std::size_t>(n, 40);
    for (std::size_t u = 0; u < c; ++u)
      for (std::size_t v = 0; v < c; ++v)
        if (u != v) adj[u].push_back(static_cast<int>(v));
  }
  a.offsets.assign(n + 1, 0);
  a.targets.clear();
  for (std::size_t u = 0; u < n; ++u) {
    std::sort(adj[u].begin(), adj[u].end());
    adj[u].erase(std::unique(adj[u].begin(), adj[u].end()), adj[u].end());
    a.targets.insert(a.targets.end(), adj[u].begin(), adj[u].end());
    a.offsets[u + 1] = static_cast<int>(a.targets.size());
  }
  a.queries.resize(4 * n);
  for (auto& q : a.queries) {
    int u = static_cast<int>(rng.uniform_int(0, N - 1));
    int v = static_cast<int>(rng.uniform_int(0, N - 1));
    if (kase == 3) v = u;
    if (kase == 0 && rng.coin() && a.offsets[u + 1] > a.offsets[u])
      v = a.targets[static_cast<std::size_t>(rng.uniform_int(a.offsets[u], a.offsets[u + 1] - 1))];
    if (kase == 2 && rng.coin(0.8)) {
      std::int64_t c = std::min<std::int64_t>(N, 40);
      u = static_cast<int>(rng.uniform_int(0, c - 1));
      v = static_cast<int>(rng.uniform_int(0, c - 1));
    }
    q = {u, v};
  }
  a.counts.assign(4 * n, -1);
}
}  // namespace problem

#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// case 0: about 8 n random edges (mean degree 16; timing input); case 1: no edges (0);
// case 2: a clique on min(n, 12) random vertices, every other vertex joined to one earlier vertex
// (degeneracy = clique size - 1, or 1); case 3: a random tree (degeneracy 1 for n >= 2).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::int64_t N = static_cast<std::int64_t>(n);
  std::vector<std::vector<int>> adj(n);
  auto link = [&](std::size_t u, std::size_t v) {
    if (u == v) return;
    adj[u].push_back(static_cast<int>(v));
    adj[v].push_back(static_cast<int>(u));
  };
  std::vector<std::size_t> perm(n);
  for (std::size_t i = 0; i < n; ++i) perm[i] = i;
  rng.shuffle(perm);
  if (kase == 0 && n >= 2) {
    for (std::size_t k = 0; k < 8 * n; ++k)
      link(static_cast<std::size_t>(rng.uniform_int(0, N - 1)), static_cast<std::size_t>(rng.uniform_int(0, N - 1)));
  } else if (kase == 2 || kase == 3) {
    std::size_t c = kase == 2 ? std::min<std::size_t>(n, 12) : std::min<std::size_t>(n, 1);
    for (std::size_t i = 0; i < c; ++i)
      for (std::size_t j = i + 1; j < c; ++j) link(perm[i], perm[j]);
    for (std::size_t i = c; i < n; ++i)
      link(perm[i], perm[static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(i) - 1))]);
  }
  a.offsets.assign(n + 1, 0);
  a.targets.clear();
  for (std::size_t u = 0; u < n; ++u) {
    std::sort(adj[u].begin(), adj[u].end());
    adj[u].erase(std::unique(adj[u].begin(), adj[u].end()), adj[u].end());
    rng.shuffle(adj[u]);
    a.targets.insert(a.targets.end(), adj[u].begin(), adj[u].end());
    a.offsets[u + 1] = static_cast<int>(a.targets.size());
  }
}
}  // namespace problem

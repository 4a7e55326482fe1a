#include "pf_problem.hpp"

namespace problem {
// case 0: random graph, edge probability 0.3 (timing input); case 1: no edges (0 triangles);
// case 2: complete graph (n choose 3); case 3: random bipartite graph (many edges, no triangle).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.n = n;
  a.adj.assign(n * n, 0);
  std::vector<int> side(n);
  for (auto& s : side) s = rng.coin() ? 1 : 0;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      bool edge = kase == 0 ? rng.coin(0.3) : kase == 2 ? true : kase == 3 ? (side[i] != side[j] && rng.coin(0.6)) : false;
      a.adj[i * n + j] = a.adj[j * n + i] = edge ? 1 : 0;
    }
  }
}
}  // namespace problem

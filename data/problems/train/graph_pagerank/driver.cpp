#include "pf_problem.hpp"

namespace problem {
// 10 steps. case 0: random digraph, out-degrees in [0, 32] (about 3% without out-edges; timing
// input); case 1: no edges (every rank stays 1/n); case 2: a directed cycle in random order;
// case 3: every other vertex points to vertex 0, vertex 0 points to a random vertex.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::int64_t N = static_cast<std::int64_t>(n);
  std::vector<std::vector<int>> in(n);
  a.outDegree.assign(n, 0);
  auto edge = [&](std::size_t u, std::size_t v) {
    in[v].push_back(static_cast<int>(u));
    ++a.outDegree[u];
  };
  if (kase == 0) {
    for (std::size_t u = 0; u < n; ++u) {
      std::int64_t deg = rng.uniform_int(0, 32);
      for (std::int64_t k = 0; k < deg; ++k) edge(u, static_cast<std::size_t>(rng.uniform_int(0, N - 1)));
    }
  } else if (kase == 2) {
    std::vector<std::size_t> perm(n);
    for (std::size_t i = 0; i < n; ++i) perm[i] = i;
    rng.shuffle(perm);
    for (std::size_t i = 0; i < n; ++i) edge(perm[i], perm[(i + 1) % n]);
  } else if (kase == 3) {
    for (std::size_t u = 1; u < n; ++u) edge(u, 0);
    edge(0, static_cast<std::size_t>(rng.uniform_int(0, N - 1)));
  }
  a.inOffsets.assign(n + 1, 0);
  a.inSources.clear();
  for (std::size_t v = 0; v < n; ++v) {
    a.inSources.insert(a.inSources.end(), in[v].begin(), in[v].end());
    a.inOffsets[v + 1] = static_cast<int>(a.inSources.size());
  }
  a.iterations = 10;
  a.rank.assign(n, 0.0);
}
}  // namespace problem

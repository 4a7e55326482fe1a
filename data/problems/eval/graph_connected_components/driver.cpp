#include "pf_problem.hpp"

namespace problem {
// case 0: 2 n random edges (timing input: a giant component and many isolated vertices);
// case 1: no edges (n components); case 2: one path through all vertices in random order, edges
// shuffled and randomly reversed (1 component); case 3: vertices split into 1-4 random groups,
// each group joined by a random tree, plus duplicate edges and self-loops.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.numVertices = static_cast<int>(n);
  a.edges.clear();
  std::int64_t N = static_cast<std::int64_t>(n);
  if (n == 0) return;
  if (kase == 0) {
    std::size_t m = 2 * n;
    a.edges.reserve(m);
    for (std::size_t k = 0; k < m; ++k)
      a.edges.push_back({static_cast<int>(rng.uniform_int(0, N - 1)), static_cast<int>(rng.uniform_int(0, N - 1))});
  } else if (kase == 2 || kase == 3) {
    std::vector<int> perm(n);
    for (std::size_t i = 0; i < n; ++i) perm[i] = static_cast<int>(i);
    rng.shuffle(perm);
    std::int64_t groups = kase == 2 ? 1 : rng.uniform_int(1, 4);
    for (std::size_t i = 1; i < n; ++i) {
      // Group g holds positions i with i % groups == g; join i to an earlier member of its group.
      std::int64_t g = static_cast<std::int64_t>(i) % groups;
      if (static_cast<std::int64_t>(i) < groups) continue;
      std::int64_t prev = kase == 2 ? static_cast<std::int64_t>(i) - 1
                                    : g + groups * rng.uniform_int(0, (static_cast<std::int64_t>(i) - 1 - g) / groups);
      std::pair<int, int> e{perm[i], perm[prev]};
      if (rng.coin()) std::swap(e.first, e.second);
      a.edges.push_back(e);
      if (kase == 3 && rng.coin(0.3)) a.edges.push_back({e.second, e.first});
      if (kase == 3 && rng.coin(0.2)) a.edges.push_back({perm[i], perm[i]});
    }
    rng.shuffle(a.edges);
  }
}
}  // namespace problem

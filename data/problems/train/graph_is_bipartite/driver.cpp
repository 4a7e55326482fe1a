#include "pf_problem.hpp"

namespace problem {
// Vertices get a random side; edges join random vertices of opposite sides (about 3 per vertex,
// so there are a large component and small ones).
// case 0: bipartite (true, timing input); case 1: plus one edge inside a side (false);
// case 2: no edges (true); case 3: a cycle through all vertices in random order (false exactly
// when n is odd, n >= 3); case 4: bipartite plus a self-loop on vertex n-1 (false).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::vector<std::vector<int>> adj(n);
  auto link = [&](std::size_t u, std::size_t v) {
    adj[u].push_back(static_cast<int>(v));
    if (u != v) adj[v].push_back(static_cast<int>(u));
  };
  std::int64_t N = static_cast<std::int64_t>(n);
  if (kase == 3) {
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    rng.shuffle(order);
    for (std::size_t i = 0; n >= 3 && i < n; ++i) link(order[i], order[(i + 1) % n]);
  } else if (kase != 2) {
    std::vector<int> side(n);
    std::vector<std::size_t> left, right;
    for (std::size_t v = 0; v < n; ++v) {
      side[v] = rng.coin() ? 1 : 0;
      (side[v] ? right : left).push_back(v);
    }
    if (!left.empty() && !right.empty()) {
      for (std::size_t k = 0; k < 3 * n / 2; ++k)
        link(left[static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(left.size()) - 1))],
             right[static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(right.size()) - 1))]);
    }
    if (kase == 1 && n >= 2) {
      std::vector<std::size_t>& s = left.size() >= 2 ? left : right;
      if (s.size() >= 2) {
        std::size_t i = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(s.size()) - 1));
        std::size_t j = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(s.size()) - 2));
        if (j >= i) ++j;
        link(s[i], s[j]);
      }
    }
    if (kase == 4 && N >= 1) link(n - 1, n - 1);
    if (kase == 1 && n == 1) link(0, 0);
  }
  a.offsets.assign(n + 1, 0);
  a.targets.clear();
  for (std::size_t u = 0; u < n; ++u) {
    rng.shuffle(adj[u]);
    a.targets.insert(a.targets.end(), adj[u].begin(), adj[u].end());
    a.offsets[u + 1] = static_cast<int>(a.targets.size());
  }
}
}  // namespace problem

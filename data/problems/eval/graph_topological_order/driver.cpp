#include "pf_problem.hpp"

namespace problem {
// Vertices get random ranks; DAG edges go from lower to higher rank.
// case 0: random DAG with out-degrees in [0, 8] (timing input);
// case 1: path through all ranks plus random DAG edges plus one edge from the last rank back to
// the first (a cycle; a self-loop when n = 1); case 2: no edges (every order is valid);
// case 3: only the path through all ranks (exactly one valid order).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::vector<int> byRank(n), rank(n);
  for (std::size_t i = 0; i < n; ++i) byRank[i] = static_cast<int>(i);
  rng.shuffle(byRank);
  for (std::size_t r = 0; r < n; ++r) rank[byRank[r]] = static_cast<int>(r);
  std::vector<std::vector<int>> adj(n);
  if (kase == 1 || kase == 3) {
    for (std::size_t r = 0; r + 1 < n; ++r) adj[byRank[r]].push_back(byRank[r + 1]);
  }
  if (kase == 0 || kase == 1) {
    std::int64_t N = static_cast<std::int64_t>(n);
    for (std::size_t u = 0; u < n; ++u) {
      if (rank[u] + 1 >= static_cast<int>(n)) continue;
      std::int64_t deg = rng.uniform_int(0, 8);
      for (std::int64_t k = 0; k < deg; ++k) {
        // A higher rank, biased towards nearby ranks so that paths are long.
        std::int64_t span = std::min<std::int64_t>(N - 1 - rank[u], 1000);
        adj[u].push_back(byRank[rank[u] + rng.uniform_int(1, span)]);
      }
    }
  }
  if (kase == 1 && n > 0) adj[byRank[n - 1]].push_back(byRank[0]);
  a.offsets.assign(n + 1, 0);
  a.targets.clear();
  for (std::size_t u = 0; u < n; ++u) {
    rng.shuffle(adj[u]);
    a.targets.insert(a.targets.end(), adj[u].begin(), adj[u].end());
    a.offsets[u + 1] = static_cast<int>(a.targets.size());
  }
  a.order.assign(n, 0);
}

bool check(const Args& input, const Args& expected, const Args& got, const pf::Tolerance&, std::string& why) {
  std::size_t n = input.offsets.size() - 1;
  if (got.ret != expected.ret) {
    why = std::string("return value: expected ") + (expected.ret ? "true" : "false") + ", got " +
          (got.ret ? "true" : "false");
    return false;
  }
  if (!expected.ret) return true;
  if (got.order.size() != n) {
    why = "order: expected size " + std::to_string(n) + ", got size " + std::to_string(got.order.size());
    return false;
  }
  std::vector<int> pos(n, -1);
  for (std::size_t i = 0; i < n; ++i) {
    int v = got.order[i];
    if (v < 0 || static_cast<std::size_t>(v) >= n || pos[v] >= 0) {
      why = "order[" + std::to_string(i) + "] = " + std::to_string(v) + ": not a permutation of the vertices";
      return false;
    }
    pos[v] = static_cast<int>(i);
  }
  for (std::size_t u = 0; u < n; ++u) {
    for (int e = input.offsets[u]; e < input.offsets[u + 1]; ++e) {
      int v = input.targets[e];
      if (pos[u] > pos[v]) {
        why = "order: edge " + std::to_string(u) + " -> " + std::to_string(v) + " goes backwards";
        return false;
      }
    }
  }
  return true;
}
}  // namespace problem

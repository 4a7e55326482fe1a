#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// case 0: about 8 n random edges (mean degree 16; timing input); case 1: no edges (every color
// must be 0); case 2: disjoint cliques of 5 to 30 vertices (a clique of k needs colors 0..k-1);
// case 3: one cycle through all vertices in random order (odd n needs 3 colors).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::int64_t N = static_cast<std::int64_t>(n);
  std::vector<std::vector<int>> adj(n);
  auto link = [&](std::size_t u, std::size_t v) {
    if (u == v) return;
    adj[u].push_back(static_cast<int>(v));
    adj[v].push_back(static_cast<int>(u));
  };
  if (kase == 0 && n >= 2) {
    for (std::size_t k = 0; k < 8 * n; ++k)
      link(static_cast<std::size_t>(rng.uniform_int(0, N - 1)), static_cast<std::size_t>(rng.uniform_int(0, N - 1)));
  } else if (kase == 2) {
    std::vector<std::size_t> perm(n);
    for (std::size_t i = 0; i < n; ++i) perm[i] = i;
    rng.shuffle(perm);
    std::size_t start = 0;
    while (start < n) {
      std::size_t k = std::min<std::size_t>(n - start, static_cast<std::size_t>(rng.uniform_int(5, 30)));
      for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = i + 1; j < k; ++j) link(perm[start + i], perm[start + j]);
      start += k;
    }
  } else if (kase == 3 && n >= 3) {
    std::vector<std::size_t> perm(n);
    for (std::size_t i = 0; i < n; ++i) perm[i] = i;
    rng.shuffle(perm);
    for (std::size_t i = 0; i < n; ++i) link(perm[i], perm[(i + 1) % n]);
  }
  a.offsets.assign(n + 1, 0);
  a.targets.clear();
  for (std::size_t u = 0; u < n; ++u) {
    a.targets.insert(a.targets.end(), adj[u].begin(), adj[u].end());
    a.offsets[u + 1] = static_cast<int>(a.targets.size());
  }
  a.colors.assign(n, -1);
}

bool check(const Args& input, const Args&, const Args& got, const pf::Tolerance&, std::string& why) {
  std::size_t n = input.offsets.size() - 1;
  if (got.colors.size() != n) {
    why = "colors: expected size " + std::to_string(n) + ", got size " + std::to_string(got.colors.size());
    return false;
  }
  for (std::size_t u = 0; u < n; ++u) {
    int degree = input.offsets[u + 1] - input.offsets[u];
    int c = got.colors[u];
    if (c < 0 || c > degree) {
      why = "colors[" + std::to_string(u) + "] = " + std::to_string(c) + " is outside 0.." + std::to_string(degree) +
            " (the vertex's degree)";
      return false;
    }
    for (int e = input.offsets[u]; e < input.offsets[u + 1]; ++e) {
      int v = input.targets[e];
      if (got.colors[v] == c) {
        why = "colors: adjacent vertices " + std::to_string(u) + " and " + std::to_string(v) + " both have color " +
              std::to_string(c);
        return false;
      }
    }
  }
  return true;
}
}  // namespace problem

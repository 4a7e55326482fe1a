#include "pf_problem.hpp"

namespace problem {
// case 0: random graph, edge probability 1/4 (timing input); case 1: no edges (answer 0);
// case 2: a star centred at vertex n-1 plus a few random edges; case 3: a cycle through all
// vertices (every degree equal: answer 0); case 4: a random graph plus two vertices (a random
// pair) joined to everything, tied for the highest degree (the smaller one is the answer).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.n = n;
  a.adj.assign(n * n, 0);
  auto link = [&](std::size_t i, std::size_t j) {
    if (i != j) a.adj[i * n + j] = a.adj[j * n + i] = 1;
  };
  if (kase == 0 || kase == 4) {
    // Upper triangle from random bits, 2 bits per pair: an edge when both are 0 (probability 1/4).
    for (std::size_t i = 0; i < n; ++i) {
      std::uint64_t bits = 0;
      int left = 0;
      for (std::size_t j = i + 1; j < n; ++j) {
        if (left < 2) { bits = rng.next(); left = 64; }
        if ((bits & 3) == 0) link(i, j);
        bits >>= 2;
        left -= 2;
      }
    }
    if (kase == 4 && n >= 2) {
      std::size_t u = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1));
      std::size_t v = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 2));
      if (v >= u) ++v;
      for (std::size_t j = 0; j < n; ++j) {
        link(u, j);
        link(v, j);
      }
    }
  } else if (kase == 2) {
    for (std::size_t j = 0; j + 1 < n; ++j) link(n - 1, j);
    for (std::size_t k = 0; k < n / 4; ++k)
      link(static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 2)),
           static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 2)));
  } else if (kase == 3) {
    for (std::size_t i = 0; i < n && n >= 3; ++i) link(i, (i + 1) % n);
  }
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: 2 n random edges (timing input: degrees around 4, largest about 16);
// case 1: no edges (histogram [n]); case 2: a star centred at vertex 0 plus n/8 random edges;
// case 3: n random self-loops and repeated edges among the first few vertices.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.numVertices = static_cast<int>(n);
  a.edges.clear();
  std::int64_t N = static_cast<std::int64_t>(n);
  auto any = [&] { return static_cast<int>(rng.uniform_int(0, N - 1)); };
  if (kase == 0) {
    a.edges.reserve(2 * n);
    for (std::size_t k = 0; k < 2 * n; ++k) a.edges.push_back({any(), any()});
  } else if (kase == 2) {
    for (std::size_t v = 1; v < n; ++v) a.edges.push_back({0, static_cast<int>(v)});
    for (std::size_t k = 0; k < n / 8; ++k) a.edges.push_back({any(), any()});
    rng.shuffle(a.edges);
  } else if (kase == 3) {
    std::int64_t few = std::min<std::int64_t>(N - 1, 4);
    for (std::size_t k = 0; k < n; ++k) {
      int u = static_cast<int>(rng.uniform_int(0, few));
      a.edges.push_back({u, rng.coin() ? u : static_cast<int>(rng.uniform_int(0, few))});
    }
  }
}
}  // namespace problem

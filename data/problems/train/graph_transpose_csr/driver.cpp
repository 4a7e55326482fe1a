#include "pf_problem.hpp"

namespace problem {
// case 0: random digraph, out-degrees in [0, 32] (timing input); case 1: no edges;
// case 2: every vertex has 1-3 edges into vertex 0; case 3: random self-loops and repeated edges
// among a few vertices.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::int64_t N = static_cast<std::int64_t>(n);
  a.offsets.assign(n + 1, 0);
  a.targets.clear();
  if (kase == 0) a.targets.reserve(16 * n);
  for (std::int64_t u = 0; u < N; ++u) {
    if (kase == 0) {
      std::int64_t deg = rng.uniform_int(0, 32);
      for (std::int64_t k = 0; k < deg; ++k) a.targets.push_back(static_cast<int>(rng.uniform_int(0, N - 1)));
    } else if (kase == 2) {
      std::int64_t deg = rng.uniform_int(1, 3);
      for (std::int64_t k = 0; k < deg; ++k) a.targets.push_back(0);
    } else if (kase == 3) {
      std::int64_t deg = rng.uniform_int(0, 4);
      for (std::int64_t k = 0; k < deg; ++k)
        a.targets.push_back(static_cast<int>(rng.coin() ? u : rng.uniform_int(0, std::min<std::int64_t>(N - 1, 3))));
    }
    a.offsets[u + 1] = static_cast<int>(a.targets.size());
  }
  a.inOffsets.assign(n + 1, -1);
  a.inSources.assign(a.targets.size(), -1);
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: runs of random length 1..16 with random values in [0, 3] (neighbouring runs may merge;
//         the timing input); case 1: a single run (all equal);
// case 2: every element differs from its neighbours (n runs of length 1);
// case 3: runs of length 1..3000 with values in [-1e9, 1e9], the last run of length 1.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  const int same = static_cast<int>(rng.uniform_int(-100, 100));
  std::size_t i = 0;
  while (i < n) {
    std::uint64_t r = rng.next();
    std::size_t len;
    int v;
    switch (kase) {
      case 0: len = 1 + (r & 15); v = static_cast<int>((r >> 8) & 3); break;
      case 1: len = n; v = same; break;
      case 2: len = 1; v = static_cast<int>(i % 2 == 0 ? (r >> 8) % 1000 : 1000 + (r >> 8) % 1000); break;
      default: len = 1 + (r % 3000); v = static_cast<int>(static_cast<long long>((r >> 16) % 2000000001ULL) - 1000000000LL); break;
    }
    for (std::size_t j = 0; j < len && i < n; ++j) a.x[i++] = v;
  }
  if (kase == 3 && n > 1) a.x[n - 1] = a.x[n - 2] + 1;
  // Meaningless initial contents.
  a.values.assign(n / 3 + 1, -1);
  a.counts.assign(n / 3 + 2, -1);
}
}  // namespace problem

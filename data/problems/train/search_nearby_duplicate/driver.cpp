#include "pf_problem.hpp"

namespace problem {
// x cycles through a random permutation of a block of distinct values (period p), so equal
// values are exactly p apart unless a duplicate is planted. By case:
// case 0: p = 65536, k in [8, 16], one duplicate at distance k planted at 90% (true; timing);
// case 1: p = k + 1 (equal values just too far apart: false); case 2: p = k (true when n > k);
// case 3: k = 0 with equal neighbours (false); case 4: x[1] == x[0], k large (true).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::vector<int> perm(65536);
  for (int v = 0; v < 65536; ++v) perm[v] = v;
  rng.shuffle(perm);
  std::size_t period = 65536;
  switch (kase) {
    case 0: a.k = 8 + rng.next() % 9; break;
    case 1: a.k = 1 + rng.next() % 100; period = a.k + 1; break;
    case 2: a.k = 1 + rng.next() % 100; period = a.k; break;
    case 3: a.k = 0; period = 1 + rng.next() % 3; break;
    default: a.k = 1000 + rng.next() % 1000; break;
  }
  a.x.resize(n);
  for (std::size_t i = 0; i < n; ++i) a.x[i] = perm[i % period];
  if (kase == 3)
    for (std::size_t i = 1; i < n; i += 2) a.x[i] = a.x[i - 1];
  if (kase == 0 && n > a.k) {
    std::size_t at = n * 9 / 10;
    if (at < a.k) at = a.k;
    a.x[at] = a.x[at - a.k];
  }
  if (kase == 4 && n > 1) a.x[1] = a.x[0];
}
}  // namespace problem

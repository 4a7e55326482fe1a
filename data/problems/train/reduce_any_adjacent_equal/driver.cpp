#include "pf_problem.hpp"

namespace problem {
// case 0: random values in [0, 2^20) with no two neighbours equal (answer false; the timing input scans
// everything); case 1: one equal neighbour pair at a random position (true); case 2: the pair at
// the very start (true); case 3: the pair at the very end (true); case 4: values from {0, 1, 2}
// with no equal neighbours but many equal elements two apart (false).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    int v = kase == 4 ? static_cast<int>(r % 3) : static_cast<int>(r & 0xfffff);
    if (i > 0 && v == a.x[i - 1]) v = kase == 4 ? (v + 1 + static_cast<int>((r >> 32) & 1)) % 3 : v ^ 1;
    a.x[i] = v;
  }
  if (n < 2 || kase == 0 || kase == 4) return;
  std::size_t k = kase == 2 ? 0 : kase == 3 ? n - 2 : static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 2));
  a.x[k + 1] = a.x[k];
  if (k + 2 < n && a.x[k + 2] == a.x[k + 1]) a.x[k + 2] ^= 2;  // keep the pair unique
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: uniform values 0..99 (about a third of the positions are peaks; timing input);
// case 1: strictly increasing (no peak); case 2: a zigzag 0, 1, 0, 1, ... (every odd inner index
// is a peak); case 3: plateaus, values repeated in pairs (equal neighbours are never peaks);
// case 4: all equal (no peak).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  int base = static_cast<int>(rng.uniform_int(-1000, 1000));
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    int v;
    if (kase == 0) v = static_cast<int>(((r & 0xffffffffULL) * 100) >> 32);
    else if (kase == 1) v = base + static_cast<int>(i);
    else if (kase == 2) v = base + static_cast<int>(i % 2);
    else if (kase == 3) v = (i % 2 == 1) ? a.x[i - 1] : static_cast<int>((r >> 32) % 10);
    else v = base;
    a.x[i] = v;
  }
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: b is a shuffled copy of a, with one element changed in half of the runs (the timing
// input); case 1: b is a shuffled copy (true); case 2: b is a shuffled copy without one
// element (false, sizes differ); case 3: same size and same sum, one value +1 and another -1
// (false); case 4: b is an exact copy (true).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.a = rng.uniform_vector<int>(n, 0, static_cast<double>(n));
  a.b = a.a;
  if (kase == 4) return;
  rng.shuffle(a.b);
  if (n == 0) return;
  std::size_t i = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1));
  if ((kase == 0 && rng.coin()) || (kase == 3 && n < 2)) {
    a.b[i] += 1;
  } else if (kase == 2) {
    a.b.erase(a.b.begin() + static_cast<std::ptrdiff_t>(i));
  } else if (kase == 3) {
    std::size_t j = (i + 1 + static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 2))) % n;
    // Replacing u = b[i], w = b[j] by u + d, w - d keeps the sum; it keeps the multiset only
    // if w == u + d, so use d = 2 in that case.
    int d = a.b[j] == a.b[i] + 1 ? 2 : 1;
    a.b[i] += d;
    a.b[j] -= d;
  }
}
}  // namespace problem

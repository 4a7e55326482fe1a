#include "pf_problem.hpp"

namespace problem {
// n = number of points. case 0: a random walk with steps in [-1, 1)^2 (timing input); case 1:
// all points equal (length 0); case 2: axis-parallel unit steps on a grid (integer answer);
// case 3: far-apart random points in [-1e6, 1e6)^2.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.path.resize(n);
  double x = rng.uniform(-10.0, 10.0), y = rng.uniform(-10.0, 10.0);
  const double k = 2.0 / 4294967296.0;
  for (auto& p : a.path) {
    std::uint64_t r = rng.next();
    if (kase == 0) {
      x += static_cast<double>(r & 0xffffffffULL) * k - 1.0;
      y += static_cast<double>(r >> 32) * k - 1.0;
    } else if (kase == 2) {
      int dir = static_cast<int>(r & 3);
      x += dir == 0 ? 1 : dir == 1 ? -1 : 0;
      y += dir == 2 ? 1 : dir == 3 ? -1 : 0;
    } else if (kase == 3) {
      x = rng.uniform(-1e6, 1e6);
      y = rng.uniform(-1e6, 1e6);
    }
    p = {x, y};
  }
}
}  // namespace problem

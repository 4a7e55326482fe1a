#include "pf_problem.hpp"

namespace problem {
// case 0: uniform in [0, 1)^2 (timing input); case 1: uniform plus one exact duplicate (answer 0);
// case 2: all on one vertical line (equal x); case 3: distinct points of a coarse integer grid
// (many equal distances).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.points.resize(n);
  if (kase == 0 || kase == 1) {
    for (auto& p : a.points) p = {rng.uniform(0.0, 1.0), rng.uniform(0.0, 1.0)};
    if (kase == 1) {
      std::size_t i = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1));
      std::size_t j = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 2));
      if (j >= i) ++j;
      a.points[j] = a.points[i];
    }
  } else if (kase == 2) {
    double x = rng.uniform(-1.0, 1.0);
    for (auto& p : a.points) p = {x, rng.uniform(-100.0, 100.0)};
  } else {
    // n distinct cells of a grid with spacing 3 and 7, shuffled.
    std::int64_t side = 1;
    while (static_cast<std::size_t>(side * side) < 2 * n) ++side;
    std::vector<std::int64_t> cells(static_cast<std::size_t>(side * side));
    for (std::size_t i = 0; i < cells.size(); ++i) cells[i] = static_cast<std::int64_t>(i);
    rng.shuffle(cells);
    for (std::size_t i = 0; i < n; ++i)
      a.points[i] = {3.0 * static_cast<double>(cells[i] % side), 7.0 * static_cast<double>(cells[i] / side)};
  }
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: uniform in [-1e3, 1e3) (timing input); case 1: uniform plus one duplicated value
// (answer 0); case 2: a shuffled arithmetic progression (every neighbouring gap equal);
// case 3: distinct multiples of 0.5, shuffled (smallest gap 0.5 or more).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.positions.resize(n);
  if (kase == 0 || kase == 1) {
    for (auto& x : a.positions) x = rng.uniform(-1e3, 1e3);
    if (kase == 1) {
      std::size_t i = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1));
      std::size_t j = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 2));
      if (j >= i) ++j;
      a.positions[j] = a.positions[i];
    }
  } else if (kase == 2) {
    double start = rng.uniform(-10.0, 10.0), step = 0.25 * static_cast<double>(rng.uniform_int(1, 8));
    for (std::size_t i = 0; i < n; ++i) a.positions[i] = start + step * static_cast<double>(i);
    rng.shuffle(a.positions);
  } else {
    for (std::size_t i = 0; i < n; ++i) a.positions[i] = 0.5 * static_cast<double>(3 * i + rng.uniform_int(0, 2));
    rng.shuffle(a.positions);
  }
}
}  // namespace problem

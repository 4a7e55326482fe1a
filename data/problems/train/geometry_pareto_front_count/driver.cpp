#include "pf_problem.hpp"

namespace problem {
// case 0: uniform in the unit square (timing input); case 1: distinct points on the line
// x + y = 1, shuffled (every point is on the front); case 2: uniform, then one point moved above
// and to the right of all others (front of size 1); case 3: small integer grid with many ties and
// repeated points.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.xs.resize(n);
  a.ys.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (kase == 1) {
      double t = (static_cast<double>(i) + rng.uniform(0.1, 0.9)) / static_cast<double>(n);
      a.xs[i] = t;
      a.ys[i] = 1.0 - t;
    } else if (kase == 3) {
      a.xs[i] = static_cast<double>(rng.uniform_int(0, 5));
      a.ys[i] = static_cast<double>(rng.uniform_int(0, 5));
    } else {
      a.xs[i] = rng.uniform();
      a.ys[i] = rng.uniform();
    }
  }
  if (kase == 1) {
    for (std::size_t i = n; i > 1; --i) {
      std::size_t j = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(i) - 1));
      std::swap(a.xs[i - 1], a.xs[j]);
      std::swap(a.ys[i - 1], a.ys[j]);
    }
  }
  if (kase == 2 && n > 0) {
    std::size_t k = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1));
    a.xs[k] = 1.5;
    a.ys[k] = 1.5;
  }
}
}  // namespace problem

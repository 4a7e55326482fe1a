#include "pf_problem.hpp"

namespace problem {
// case 0: random-walk terrain (visible points get rarer with distance; the timing input);
// case 1: terrain rising faster and faster (every point visible);
// case 2: flat terrain at the observer's height (all slopes 0: only point 0 visible);
// case 3: terrain falling away (only point 0 visible);
// case 4: low random terrain and one high peak at the far end (the last point visible).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.observer = rng.uniform(0.0, 100.0);
  a.heights.resize(n);
  double h = a.observer + rng.uniform(-5.0, 5.0);
  for (std::size_t i = 0; i < n; ++i) {
    const double d = static_cast<double>(i + 1);
    switch (kase) {
      case 0:
        h += rng.uniform(-1.0, 1.0);
        a.heights[i] = h;
        break;
      case 1: a.heights[i] = a.observer + d * d; break;
      case 2: a.heights[i] = a.observer; break;
      case 3: a.heights[i] = a.observer - d; break;
      default: a.heights[i] = a.observer + rng.uniform(-3.0, 3.0); break;
    }
  }
  if (kase == 4 && n > 1) a.heights[n - 1] = a.observer + 10.0 * static_cast<double>(n);
  // An untouched output fails.
  a.visible.assign(n, 7);
}
}  // namespace problem

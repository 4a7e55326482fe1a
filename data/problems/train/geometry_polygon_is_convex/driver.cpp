#include "pf_problem.hpp"

namespace problem {
// The convex polygon: (i + ox, i^2 + oy) for i = 0..n-1 (the parabola arc closed by a chord),
// integer coordinates so that cross products are exact, listed from a random start vertex.
// case 0: counter-clockwise (convex, timing input); case 1: clockwise (convex);
// case 2: one vertex of the arc lifted by 1.5 into the interior (a reflex vertex) at a random
// position; case 3: as case 2 with the dent at list index 0 or n-1. For n = 3 every case is a
// triangle (convex).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::vector<Point> p(n);
  double ox = static_cast<double>(rng.uniform_int(-1000, 1000)), oy = static_cast<double>(rng.uniform_int(-1000, 1000));
  for (std::size_t i = 0; i < n; ++i) p[i] = {static_cast<double>(i) + ox, static_cast<double>(i) * static_cast<double>(i) + oy};
  std::size_t dent = 0;
  bool dented = (kase == 2 || kase == 3) && n >= 4;
  if (dented) {
    dent = static_cast<std::size_t>(rng.uniform_int(1, static_cast<std::int64_t>(n) - 2));
    p[dent].y += 1.5;
  }
  if (kase == 1) {
    for (std::size_t i = 0; i < n / 2; ++i) std::swap(p[i], p[n - 1 - i]);
    dent = n - 1 - dent;
  }
  std::size_t start = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1));
  if (kase == 3 && dented) start = rng.coin() ? dent : (dent + 1) % n;  // dent lands at index 0 or n-1
  a.polygon.resize(n);
  for (std::size_t i = 0; i < n; ++i) a.polygon[i] = p[(start + i) % n];
}
}  // namespace problem

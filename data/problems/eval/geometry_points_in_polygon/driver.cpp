#include "pf_problem.hpp"

namespace problem {
// The polygon: a non-convex star with 64 vertices at evenly spaced angles and radii in [0.6, 1),
// so it contains the disk of radius 0.59 and lies in the unit disk.
// case 0: points uniform in [-1.1, 1.1)^2 (timing input, some inside, some outside);
// case 1: all points in the disk of radius 0.55 (all inside); case 2: all points at radius
// 1.01 to 2 (none inside); case 3: as case 0 with the polygon listed clockwise.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  const std::size_t m = 64;
  a.polygon.resize(m);
  for (std::size_t i = 0; i < m; ++i) {
    double t = 6.283185307179586 * static_cast<double>(i) / static_cast<double>(m);
    double r = rng.uniform(0.6, 1.0);
    a.polygon[i] = {r * std::cos(t), r * std::sin(t)};
  }
  if (kase == 3) {
    for (std::size_t i = 0; i < m / 2; ++i) std::swap(a.polygon[i], a.polygon[m - 1 - i]);
  }
  a.points.resize(n);
  for (auto& p : a.points) {
    if (kase == 1 || kase == 2) {
      double t = rng.uniform(0.0, 6.283185307179586);
      double r = kase == 1 ? 0.55 * std::sqrt(rng.uniform()) : rng.uniform(1.01, 2.0);
      p = {r * std::cos(t), r * std::sin(t)};
    } else {
      p = {rng.uniform(-1.1, 1.1), rng.uniform(-1.1, 1.1)};
    }
  }
}
}  // namespace problem

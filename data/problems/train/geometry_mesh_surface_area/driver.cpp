#include "pf_problem.hpp"

namespace problem {
// case 0: n/2 + 4 random vertices in [0, 1)^3, triangle t uses vertices near t/2 (timing input);
// case 1: every triangle degenerate (a repeated corner or three collinear vertices; area 0);
// case 2: a grid triangulation of the unit square z = 0 (area 1), using n triangles when n is a
// multiple of 2 g^2, fewer otherwise, the rest degenerate.
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.triangles.assign(3 * n, 0);
  if (kase == 2) {
    std::size_t g = 1;
    while (2 * (g + 1) * (g + 1) <= n) ++g;
    a.vertices.resize((g + 1) * (g + 1));
    for (std::size_t i = 0; i <= g; ++i)
      for (std::size_t j = 0; j <= g; ++j)
        a.vertices[i * (g + 1) + j] = {static_cast<double>(j) / g, static_cast<double>(i) / g, 0.0};
    std::size_t t = 0;
    for (std::size_t i = 0; i < g && t + 2 <= n; ++i) {
      for (std::size_t j = 0; j < g && t + 2 <= n; ++j) {
        int v00 = static_cast<int>(i * (g + 1) + j), v01 = v00 + 1, v10 = v00 + static_cast<int>(g + 1), v11 = v10 + 1;
        int tri[6] = {v00, v01, v11, v00, v11, v10};
        for (int k = 0; k < 6; ++k) a.triangles[3 * t + k] = tri[k];
        t += 2;
      }
    }
    for (; t < n; ++t) a.triangles[3 * t] = a.triangles[3 * t + 1] = a.triangles[3 * t + 2] = 0;
    return;
  }
  std::size_t m = n / 2 + 4;
  a.vertices.resize(m);
  if (kase == 1) {
    // All vertices on one line.
    Point3 p{rng.uniform(), rng.uniform(), rng.uniform()}, d{rng.uniform(), rng.uniform(), rng.uniform()};
    for (auto& v : a.vertices) {
      double s = static_cast<double>(rng.uniform_int(-8, 8));
      v = {p.x + s * d.x, p.y + s * d.y, p.z + s * d.z};
    }
  } else {
    for (auto& v : a.vertices) v = {rng.uniform(), rng.uniform(), rng.uniform()};
  }
  for (std::size_t t = 0; t < n; ++t) {
    std::int64_t base = static_cast<std::int64_t>(t / 2);
    for (int k = 0; k < 3; ++k) a.triangles[3 * t + k] = static_cast<int>(base + rng.uniform_int(0, 3));
  }
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: uniform in the unit square (timing input); case 1: shuffled points on a line (the
// medoid is the median); case 2: all points equal (every index is right); case 3: a dense cluster
// and far outliers.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.points.resize(n);
  Point q{rng.uniform(-5.0, 5.0), rng.uniform(-5.0, 5.0)};
  for (auto& p : a.points) {
    if (kase == 0) {
      p = {rng.uniform(), rng.uniform()};
    } else if (kase == 1) {
      double t = rng.uniform(-10.0, 10.0);
      p = {q.x + t, q.y - 0.5 * t};
    } else if (kase == 2) {
      p = q;
    } else {
      p = rng.coin(0.8) ? Point{q.x + 0.01 * rng.normal(), q.y + 0.01 * rng.normal()}
                        : Point{rng.uniform(-100.0, 100.0), rng.uniform(-100.0, 100.0)};
    }
  }
}

static double distanceSum(const std::vector<Point>& pts, std::size_t i) {
  double s = 0.0;
  for (const Point& p : pts) s += std::sqrt((p.x - pts[i].x) * (p.x - pts[i].x) + (p.y - pts[i].y) * (p.y - pts[i].y));
  return s;
}

bool check(const Args& input, const Args& expected, const Args& got, const pf::Tolerance& tol, std::string& why) {
  std::size_t n = input.points.size();
  if (got.ret < 0 || static_cast<std::size_t>(got.ret) >= n) {
    why = "return value: " + std::to_string(got.ret) + " is not an index of points";
    return false;
  }
  if (got.ret == expected.ret) return true;
  double best = distanceSum(input.points, static_cast<std::size_t>(expected.ret));
  double mine = distanceSum(input.points, static_cast<std::size_t>(got.ret));
  if (mine <= best + tol.abs + tol.rel * best) return true;
  why = "return value: point " + std::to_string(got.ret) + " has distance sum " + pf::to_text(mine) + ", point " +
        std::to_string(expected.ret) + " has " + pf::to_text(best);
  return false;
}
}  // namespace problem

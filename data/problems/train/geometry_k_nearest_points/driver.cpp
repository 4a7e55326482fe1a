#include "pf_problem.hpp"

namespace problem {
// case 0: uniform points, k = min(n, 40) (timing input); case 1: k = n (all points, sorted);
// case 2: every point repeated 2-3 times (ties), k = min(n, 10); case 3: k = 0;
// case 4: the query is one of the points, k = min(n, 5).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.points.resize(n);
  for (auto& p : a.points) p = {rng.uniform(-1.0, 1.0), rng.uniform(-1.0, 1.0)};
  if (kase == 2) {
    for (std::size_t i = 0; i < n; ++i)
      a.points[i] = a.points[static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n / 3)))];
  }
  a.query = {rng.uniform(-1.0, 1.0), rng.uniform(-1.0, 1.0)};
  if (kase == 4 && n > 0) a.query = a.points[static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1))];
  std::size_t k = kase == 0 ? 40 : kase == 1 ? n : kase == 2 ? 10 : kase == 3 ? 0 : 5;
  a.nearest.assign(std::min(k, n), -1);
}

bool check(const Args& input, const Args& expected, const Args& got, const pf::Tolerance&, std::string& why) {
  std::size_t n = input.points.size(), k = expected.nearest.size();
  if (got.nearest.size() != k) {
    why = "nearest: expected size " + std::to_string(k) + ", got size " + std::to_string(got.nearest.size());
    return false;
  }
  auto d2 = [&](int i) {
    double dx = input.points[i].x - input.query.x, dy = input.points[i].y - input.query.y;
    return dx * dx + dy * dy;
  };
  std::vector<char> used(n, 0);
  for (std::size_t i = 0; i < k; ++i) {
    int g = got.nearest[i];
    if (g < 0 || static_cast<std::size_t>(g) >= n || used[g]) {
      why = "nearest[" + std::to_string(i) + "] = " + std::to_string(g) + ": not a new index of points";
      return false;
    }
    used[g] = 1;
    // The i-th closest distance is unique even when the points achieving it are not.
    if (d2(g) != d2(expected.nearest[i])) {
      why = "nearest[" + std::to_string(i) + "]: point " + std::to_string(g) + " is not the " + std::to_string(i + 1) +
            "-th closest (point " + std::to_string(expected.nearest[i]) + " is)";
      return false;
    }
  }
  return true;
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// 200 sites uniform in the unit square, queries uniform in [-0.2, 1.2)^2.
// case 0: typical (timing input); case 1: every site listed twice (ties: either index is right);
// case 2: every query sits exactly on a site; case 3: a single site (every answer 0).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::size_t m = kase == 3 ? 1 : 200;
  a.sites.resize(m);
  for (auto& s : a.sites) s = {rng.uniform(), rng.uniform()};
  if (kase == 1) {
    for (std::size_t i = 0; i < m / 2; ++i) a.sites[m / 2 + i] = a.sites[i];
    rng.shuffle(a.sites);
  }
  a.queries.resize(n);
  for (auto& q : a.queries) {
    if (kase == 2)
      q = a.sites[static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(m) - 1))];
    else
      q = {rng.uniform(-0.2, 1.2), rng.uniform(-0.2, 1.2)};
  }
  a.nearest.assign(n, -1);
}

static double dist2(const Point& a, const Point& b) {
  return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y);
}

bool check(const Args& input, const Args& expected, const Args& got, const pf::Tolerance&, std::string& why) {
  if (got.nearest.size() != input.queries.size()) {
    why = "nearest: expected size " + std::to_string(input.queries.size()) + ", got size " +
          std::to_string(got.nearest.size());
    return false;
  }
  for (std::size_t i = 0; i < input.queries.size(); ++i) {
    int g = got.nearest[i];
    if (g < 0 || static_cast<std::size_t>(g) >= input.sites.size()) {
      why = "nearest[" + std::to_string(i) + "]: " + std::to_string(g) + " is not a site index";
      return false;
    }
    double dg = dist2(input.queries[i], input.sites[g]);
    double de = dist2(input.queries[i], input.sites[expected.nearest[i]]);
    if (dg > de * (1 + 1e-12)) {
      why = "nearest[" + std::to_string(i) + "]: site " + std::to_string(g) + " is farther than site " +
            std::to_string(expected.nearest[i]);
      return false;
    }
  }
  return true;
}
}  // namespace problem

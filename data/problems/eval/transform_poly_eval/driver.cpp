#include "pf_problem.hpp"

namespace problem {
// case 0: degree 8, coefficients and points in [-1, 1) (the timing input); case 1: a constant
// polynomial; case 2: small integer coefficients at the points 0, 1, -1, 2 (exact values);
// case 3: degree 15 at points in [-2, 2).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.y.assign(n, 1e300);  // a correct function overwrites every entry
  if (kase == 1) {
    a.coeffs = {rng.uniform(-10.0, 10.0)};
    a.x = rng.uniform_vector<double>(n, -5.0, 5.0);
  } else if (kase == 2) {
    a.coeffs.resize(static_cast<std::size_t>(rng.uniform_int(2, 6)));
    for (auto& c : a.coeffs) c = static_cast<double>(rng.uniform_int(-4, 4));
    static const double pts[] = {0.0, 1.0, -1.0, 2.0};
    a.x.resize(n);
    for (auto& v : a.x) v = pts[rng.uniform_int(0, 3)];
  } else if (kase == 3) {
    a.coeffs = rng.uniform_vector<double>(16, -1.0, 1.0);
    a.x = rng.uniform_vector<double>(n, -2.0, 2.0);
  } else {
    a.coeffs = rng.uniform_vector<double>(9, -1.0, 1.0);
    a.x = rng.uniform_vector<double>(n, -1.0, 1.0);
  }
}

// Fast elementwise comparison: the default check formats a name string for every element,
// which dominates the timed runs at large sizes. The first mismatch is reported as usual.
template <class T>
static bool same_vector(const char* name, const std::vector<T>& e, const std::vector<T>& g, const pf::Tolerance& tol,
                        std::string& why) {
  if (e.size() != g.size()) return pf::compare(name, e, g, tol, why);
  std::size_t i = 0;
  if constexpr (std::is_floating_point_v<T>) {
    while (i < e.size() && pf::close(e[i], g[i], tol)) ++i;
  } else {
    while (i < e.size() && e[i] == g[i]) ++i;
  }
  if (i == e.size()) return true;
  return pf::compare(std::string(name) + "[" + std::to_string(i) + "]", e[i], g[i], tol, why);
}

bool check(const Args& input, const Args& expected, const Args& got, const pf::Tolerance& tol, std::string& why) {
  (void)input;
  return same_vector("y", expected.y, got.y, tol, why);
}
}  // namespace problem

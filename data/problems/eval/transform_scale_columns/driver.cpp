#include "pf_problem.hpp"

namespace problem {
// n = rows. case 0: square n x n matrix, random factors (the timing input); case 1: a single
// column; case 2: three columns whose factors are 0, 1 and -1; case 3: n x (n + 5) with
// factors that are powers of two.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::size_t cols = kase == 1 ? 1 : kase == 2 ? 3 : kase == 3 ? n + 5 : n;
  a.rows = n;
  a.A = rng.uniform_vector<double>(n * cols, -1.0, 1.0);
  if (kase == 2) {
    a.s = {0.0, 1.0, -1.0};
  } else if (kase == 3) {
    a.s.resize(cols);
    for (auto& v : a.s) v = static_cast<double>(std::int64_t(1) << rng.uniform_int(0, 20)) * (rng.coin() ? 1 : -1);
  } else {
    a.s = rng.uniform_vector<double>(cols, -2.0, 2.0);
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
  return same_vector("A", expected.A, got.A, tol, why);
}
}  // namespace problem

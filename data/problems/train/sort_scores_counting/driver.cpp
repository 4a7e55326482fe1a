#include "pf_problem.hpp"

namespace problem {
// case 0: uniform random scores (the timing input); case 1: descending; case 2: only 0 and
// 100; case 3: all equal (nothing moves).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.scores.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    switch (kase) {
      case 1: a.scores[i] = static_cast<int>(100 - (i * 101) / (n + 1)); break;
      case 2: a.scores[i] = rng.coin() ? 100 : 0; break;
      case 3: a.scores[i] = 57; break;
      default: a.scores[i] = static_cast<int>(rng.uniform_int(0, 100)); break;
    }
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
  return same_vector("scores", expected.scores, got.scores, tol, why);
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// n = number of runs. case 0: counts in [0, 7] (the timing input); case 1: all counts zero
// (empty result); case 2: all counts one (the result equals values); case 3: one long run in
// the middle, the other counts 0 or 2.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.values = rng.uniform_vector<int>(n, -1000000, 1000000);
  a.counts.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    switch (kase) {
      case 1: a.counts[i] = 0; break;
      case 2: a.counts[i] = 1; break;
      case 3: a.counts[i] = i == n / 2 ? 1000 : 2 * static_cast<int>(rng.uniform_int(0, 1)); break;
      default: a.counts[i] = static_cast<int>(rng.uniform_int(0, 7)); break;
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
  return same_vector("return value", expected.ret, got.ret, tol, why);
}
}  // namespace problem

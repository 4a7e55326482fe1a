#include "pf_problem.hpp"

namespace problem {
// case 0: starts in [0, 10n), lengths 0..20, so some intervals overlap (the timing input);
// case 1: all nested in one long interval (the result is that interval); case 2: disjoint,
// non-touching intervals in descending order (nothing merges); case 3: a chain of touching
// unit intervals in shuffled order (one result); case 4: negative coordinates, points and
// duplicates.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.intervals.resize(n);
  const int m = static_cast<int>(n);
  for (int i = 0; i < m; ++i) {
    Interval& iv = a.intervals[i];
    switch (kase) {
      case 1:
        if (i == 0) iv = {-5, 10 * m + 5};
        else { iv.start = static_cast<int>(rng.uniform_int(-5, 10 * m)); iv.end = iv.start + static_cast<int>(rng.uniform_int(0, 5)); }
        break;
      case 2: iv = {3 * (m - i), 3 * (m - i) + 1}; break;
      case 3: iv = {i, i + 1}; break;
      case 4: iv.start = static_cast<int>(rng.uniform_int(-30, 0)); iv.end = iv.start + static_cast<int>(rng.uniform_int(0, 1)); break;
      default: iv.start = static_cast<int>(rng.uniform_int(0, 10 * static_cast<std::int64_t>(m))); iv.end = iv.start + static_cast<int>(rng.uniform_int(0, 20)); break;
    }
  }
  if (kase == 1 || kase == 3) rng.shuffle(a.intervals);
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

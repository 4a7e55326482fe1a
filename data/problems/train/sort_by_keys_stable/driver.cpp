#include "pf_problem.hpp"

namespace problem {
// values are distinct (value i + 0.5 at position i), so stability is visible. case 0: keys in
// [0, n/4], about four pairs per key (the timing input); case 1: keys 0 and 1 only; case 2:
// distinct keys in descending order; case 3: all keys equal (nothing moves).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.keys.resize(n);
  a.values.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    a.values[i] = static_cast<double>(i) + 0.5;
    switch (kase) {
      case 1: a.keys[i] = static_cast<int>(rng.uniform_int(0, 1)); break;
      case 2: a.keys[i] = static_cast<int>(n - i) * 7 - 3; break;
      case 3: a.keys[i] = -9; break;
      default: a.keys[i] = static_cast<int>(rng.uniform_int(0, static_cast<std::int64_t>(n / 4))); break;
    }
  }
  if (kase == 0) rng.shuffle(a.values);
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
  return same_vector("keys", expected.keys, got.keys, tol, why) &&
         same_vector("values", expected.values, got.values, tol, why);
}
}  // namespace problem

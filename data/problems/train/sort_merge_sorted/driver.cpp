#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// n = a.size(). case 0: a and b random, both of size n (the timing input); case 1: b empty;
// case 2: every element of b is smaller than every element of a; case 3: small integers with
// many values shared between a and b, b of size n/3 + 1.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  if (kase == 1) {
    a.a = rng.uniform_vector<double>(n, -1.0, 1.0);
    a.b.clear();
  } else if (kase == 2) {
    a.a = rng.uniform_vector<double>(n, 10.0, 20.0);
    a.b = rng.uniform_vector<double>(n, -20.0, 10.0);
  } else if (kase == 3) {
    a.a.resize(n);
    for (auto& v : a.a) v = static_cast<double>(rng.uniform_int(-5, 5));
    a.b.resize(n / 3 + 1);
    for (auto& v : a.b) v = static_cast<double>(rng.uniform_int(-5, 5));
  } else {
    a.a = rng.uniform_vector<double>(n, -1.0, 1.0);
    a.b = rng.uniform_vector<double>(n, -1.0, 1.0);
  }
  std::sort(a.a.begin(), a.a.end());
  std::sort(a.b.begin(), a.b.end());
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

#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// Sorted values with duplicates are displaced by shuffling windows of k+1 elements starting at a
// random offset, so no element moves more than k places. case 0: k = 8 (the timing input);
// case 1: k = 1; case 2: k = 0 (already sorted); case 3: k = n (any permutation);
// case 4: k = 5 with every window reversed.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  int v = static_cast<int>(rng.uniform_int(-1000, 1000));
  for (auto& e : a.x) {
    v += static_cast<int>(rng.uniform_int(0, 3));
    e = v;
  }
  std::size_t k = kase == 1 ? 1 : kase == 2 ? 0 : kase == 3 ? n : kase == 4 ? 5 : 8;
  a.k = k;
  if (n == 0 || k == 0) return;
  if (kase == 3) {
    rng.shuffle(a.x);
    return;
  }
  std::size_t start = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(k)));
  if (start > 0) {  // the first, shorter window
    std::vector<int> w(a.x.begin(), a.x.begin() + std::min(start, n));
    if (kase == 4) std::reverse(w.begin(), w.end()); else rng.shuffle(w);
    std::copy(w.begin(), w.end(), a.x.begin());
  }
  for (std::size_t s = start; s < n; s += k + 1) {
    std::vector<int> w(a.x.begin() + s, a.x.begin() + std::min(n, s + k + 1));
    if (kase == 4) std::reverse(w.begin(), w.end()); else rng.shuffle(w);
    std::copy(w.begin(), w.end(), a.x.begin() + s);
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
  return same_vector("x", expected.x, got.x, tol, why);
}
}  // namespace problem

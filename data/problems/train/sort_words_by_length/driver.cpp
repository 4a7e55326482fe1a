#include "pf_problem.hpp"

namespace problem {
// Words of lowercase letters. case 0: lengths 1..40 (the timing input); case 1: all of length
// 3 over the letters a-c (many duplicates, lexicographic order only); case 2: lengths
// descending with the longest first; case 3: the empty word mixed with one-letter words.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.words.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t len;
    int letters = 26;
    switch (kase) {
      case 1: len = 3; letters = 3; break;
      case 2: len = 1 + (n - i) % 40; break;
      case 3: len = static_cast<std::size_t>(rng.uniform_int(0, 1)); break;
      default: len = static_cast<std::size_t>(rng.uniform_int(1, 40)); break;
    }
    std::string& w = a.words[i];
    w.resize(len);
    for (char& c : w) c = static_cast<char>('a' + rng.uniform_int(0, letters - 1));
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
  return same_vector("words", expected.words, got.words, tol, why);
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
static std::string digits(pf::Rng& rng, int len) {
  std::string s(static_cast<std::size_t>(len), '0');
  for (char& c : s) c = static_cast<char>('0' + rng.uniform_int(0, 9));
  return s;
}

// case 0: values of up to 10 digits, either sign (the timing input); case 1: 18-digit values
// (the extremes of the format); case 2: zeros, "-0" and leading zeros; case 3: single digits.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.text.resize(n);
  a.values.assign(n, -1234567);  // a correct function overwrites every entry
  for (auto& s : a.text) {
    bool neg = rng.coin();
    switch (kase) {
      case 1: s = digits(rng, 18); break;
      case 2: s = rng.coin() ? std::string(static_cast<std::size_t>(rng.uniform_int(1, 5)), '0') + digits(rng, 2) : "0"; break;
      case 3: s = digits(rng, 1); break;
      default: s = std::to_string(rng.uniform_int(0, 9999999999LL)); break;
    }
    if (neg) s = "-" + s;
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
  return same_vector("values", expected.values, got.values, tol, why);
}
}  // namespace problem

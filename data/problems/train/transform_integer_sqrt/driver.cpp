#include "pf_problem.hpp"

namespace problem {
// case 0: random 32-bit values (the timing input); case 1: perfect squares s*s and s*s - 1
// (where rounding errors would show); case 2: small values 0..20; case 3: values near 2^32.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  a.r.assign(n, 0xFFFFFFFFu);  // a correct function overwrites every entry
  for (auto& v : a.x) {
    switch (kase) {
      case 1: {
        std::uint64_t s = static_cast<std::uint64_t>(rng.uniform_int(1, 65535));
        v = static_cast<std::uint32_t>(s * s - static_cast<std::uint64_t>(rng.uniform_int(0, 1)));
        break;
      }
      case 2: v = static_cast<std::uint32_t>(rng.uniform_int(0, 20)); break;
      case 3: v = 0xFFFFFFFFu - static_cast<std::uint32_t>(rng.uniform_int(0, 200000)); break;
      default: v = static_cast<std::uint32_t>(rng.next()); break;
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
  return same_vector("r", expected.r, got.r, tol, why);
}
}  // namespace problem

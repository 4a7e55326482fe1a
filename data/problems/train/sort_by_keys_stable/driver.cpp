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
}  // namespace problem

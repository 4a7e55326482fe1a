#include "pf_problem.hpp"

namespace problem {
// case 0: uniform over the whole int range (timing input); case 1: all values equal;
// case 2: strictly decreasing (the maximum first, the minimum last); case 3: only negative
// values; case 4: small positive values 1..9 with INT_MIN and INT_MAX planted at random places.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  if (kase == 0) {
    std::size_t i = 0;
    for (; i + 1 < n; i += 2) {
      std::uint64_t r = rng.next();
      a.x[i] = static_cast<int>(static_cast<std::uint32_t>(r));
      a.x[i + 1] = static_cast<int>(static_cast<std::uint32_t>(r >> 32));
    }
    if (i < n) a.x[i] = static_cast<int>(static_cast<std::uint32_t>(rng.next()));
  } else if (kase == 1) {
    int v = static_cast<int>(rng.uniform_int(-1000000, 1000000));
    for (auto& e : a.x) e = v;
  } else if (kase == 2) {
    int v = static_cast<int>(rng.uniform_int(-1000, 1000)) + static_cast<int>(n);
    for (auto& e : a.x) e = v--;
  } else if (kase == 3) {
    for (auto& e : a.x) e = static_cast<int>(rng.uniform_int(-2000000000, -1));
  } else {
    for (auto& e : a.x) e = static_cast<int>(rng.uniform_int(1, 9));
    if (n >= 2) {
      a.x[rng.uniform_int(0, static_cast<std::int64_t>(n) - 1)] = -2147483647 - 1;
      a.x[rng.uniform_int(0, static_cast<std::int64_t>(n) - 1)] = 2147483647;
    }
  }
}
}  // namespace problem

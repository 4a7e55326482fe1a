#include "pf_problem.hpp"

namespace problem {
// n = number of keys. case 0: 256 ranges of random widths covering most of the key range, a few
// keys outside (timing input); case 1: one range, keys inside, below and above it, including
// both bounds exactly; case 2: keys only on range bounds (every key equals some bounds[j]);
// case 3: every key outside the ranges (all counts 0); case 4: keys all in the last range.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::size_t m = kase == 0 ? 256 : kase == 1 ? 1 : static_cast<std::size_t>(rng.uniform_int(2, 40));
  a.bounds.resize(m + 1);
  int b = static_cast<int>(rng.uniform_int(-1000, 1000));
  for (auto& e : a.bounds) {
    e = b;
    b += static_cast<int>(rng.uniform_int(1, kase == 0 ? 4000 : 50));
  }
  const int lo = a.bounds.front(), hi = a.bounds.back();
  a.keys.resize(n);
  for (auto& k : a.keys) {
    if (kase == 0) {
      std::uint64_t r = rng.next();
      k = lo - 1000 + static_cast<int>(((r & 0xffffffffULL) * static_cast<std::uint64_t>(hi - lo + 2000)) >> 32);
    } else if (kase == 1) {
      std::int64_t pick = rng.uniform_int(0, 4);
      k = pick == 0 ? lo : pick == 1 ? hi : pick == 2 ? lo - 1 : static_cast<int>(rng.uniform_int(lo - 5, hi + 5));
    } else if (kase == 2) {
      k = a.bounds[rng.uniform_int(0, static_cast<std::int64_t>(m))];
    } else if (kase == 3) {
      k = rng.coin() ? static_cast<int>(rng.uniform_int(lo - 100, lo - 1)) : static_cast<int>(rng.uniform_int(hi, hi + 100));
    } else {
      k = static_cast<int>(rng.uniform_int(a.bounds[m - 1], hi - 1));
    }
  }
  a.counts.assign(m, 424242);  // an untouched output fails
}
}  // namespace problem

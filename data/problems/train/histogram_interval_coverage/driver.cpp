#include "pf_problem.hpp"

namespace problem {
// n = number of intervals. case 0: length = n, random starts, lengths 0..100 (timing input);
// case 1: only empty intervals (coverage all 0); case 2: every interval is [0, length) (coverage
// all n); case 3: short random intervals touching both ends (start 0, end length) and
// length-1 intervals.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.length = kase == 0 ? (n > 0 ? n : 1) : static_cast<std::size_t>(rng.uniform_int(1, 300));
  const std::size_t L = a.length;
  a.intervals.resize(n);
  for (auto& iv : a.intervals) {
    std::uint64_t r = rng.next();
    if (kase == 0) {
      std::size_t s = static_cast<std::size_t>(((r & 0xffffffffULL) * L) >> 32);
      std::size_t len = static_cast<std::size_t>(((r >> 32) * 101) >> 32);
      iv = {s, s + len < L ? s + len : L};
    } else if (kase == 1) {
      std::size_t s = static_cast<std::size_t>(r % (L + 1));
      iv = {s, s};
    } else if (kase == 2) {
      iv = {0, L};
    } else {
      std::size_t s = static_cast<std::size_t>(r % L), pick = static_cast<std::size_t>((r >> 32) % 4);
      if (pick == 0) iv = {0, 1 + s % 5 < L ? 1 + s % 5 : L};
      else if (pick == 1) iv = {s, L};
      else if (pick == 2) iv = {s, s + 1};
      else iv = {s, s + 1 + (r >> 40) % 10 < L ? s + 1 + (r >> 40) % 10 : L};
    }
  }
  a.coverage.assign(L, 123456);  // an untouched output fails
}
}  // namespace problem

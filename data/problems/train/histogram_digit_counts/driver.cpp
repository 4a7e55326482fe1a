#include "pf_problem.hpp"

namespace problem {
// case 0: values with a random number of digits (1 to 10, all equally likely; timing input);
// case 1: all zero (only counts[0]); case 2: repdigits such as 7, 77, 777777 of one random digit
// (one nonzero count); case 3: powers of ten, 2^32 - 1 and single digits (zeros dominate, the
// largest value).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  static const std::uint32_t kPow10[10] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};
  a.values.resize(n);
  std::uint32_t digit = static_cast<std::uint32_t>(rng.uniform_int(1, 9));
  for (auto& v : a.values) {
    std::uint64_t r = rng.next();
    unsigned len = static_cast<unsigned>(((r & 0xffffffffULL) * 10) >> 32);  // 0..9 -> 1..10 digits
    if (kase == 0) {
      std::uint64_t lo = len == 0 ? 0 : kPow10[len], hi = len == 9 ? 4294967296ULL : std::uint64_t{kPow10[len]} * 10;
      v = static_cast<std::uint32_t>(lo + (((r >> 32) * (hi - lo)) >> 32));
    } else if (kase == 1) {
      v = 0;
    } else if (kase == 2) {
      std::uint32_t rep = 0;
      for (unsigned k = 0; k <= len && k < 9; ++k) rep = rep * 10 + digit;
      v = rep;
    } else {
      unsigned pick = static_cast<unsigned>((r >> 32) % 3);
      v = pick == 0 ? kPow10[len] : pick == 1 ? 4294967295u : static_cast<std::uint32_t>((r >> 40) % 10);
    }
  }
  a.counts.assign(10, 97531);  // an untouched output fails
}
}  // namespace problem

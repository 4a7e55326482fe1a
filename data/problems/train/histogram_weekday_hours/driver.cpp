#include "pf_problem.hpp"

namespace problem {
// case 0: uniform times from 1900 to 2100 (timing input, negative and positive); case 1: all
// events in one random hour of random days; case 2: the first and last second of hours (h:00:00
// and h:59:59) in the days around the epoch (midnight and week boundaries); case 3: times before
// 1970 only.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  const std::int64_t kLo = -2208988800LL, kHi = 4102444800LL;  // 1900-01-01 .. 2100-01-01
  a.timestamps.resize(n);
  std::int64_t hour = rng.uniform_int(0, 23);
  for (auto& t : a.timestamps) {
    std::uint64_t r = rng.next();
    if (kase == 0) {
      t = kLo + static_cast<std::int64_t>(((r >> 32) * static_cast<std::uint64_t>(kHi - kLo)) >> 32);
    } else if (kase == 1) {
      std::int64_t day = static_cast<std::int64_t>((r >> 40) % 40000) - 20000;
      t = day * 86400 + hour * 3600 + static_cast<std::int64_t>(r % 3600);
    } else if (kase == 2) {
      std::int64_t day = static_cast<std::int64_t>((r >> 40) % 17) - 8;
      std::int64_t h = static_cast<std::int64_t>((r >> 8) % 24);
      t = day * 86400 + h * 3600 + ((r & 1) ? 3599 : 0);
    } else {
      t = -1 - static_cast<std::int64_t>((r >> 32) % 2208988800ULL);
    }
  }
  a.counts.assign(168, 8642);  // an untouched output fails
}
}  // namespace problem

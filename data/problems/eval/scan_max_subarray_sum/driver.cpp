#include "pf_problem.hpp"

namespace problem {
// case 0: random values in [-100, 100] (the timing input; the best subarray is somewhere inside);
// case 1: all negative (the answer is the largest single element);
// case 2: all positive (the answer is the sum of everything, beyond 32 bits for large values);
// case 3: negative background with one positive run planted at a random place;
// case 4: all zero (answer 0).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    switch (kase) {
      case 0: a.x[i] = static_cast<int>(r % 201) - 100; break;
      case 1: a.x[i] = -1 - static_cast<int>(r % 1000); break;
      case 2: a.x[i] = 1 + static_cast<int>(r % 2000000000ULL); break;
      case 3: a.x[i] = -1 - static_cast<int>(r % 50); break;
      default: a.x[i] = 0; break;
    }
  }
  if (kase == 3 && n > 0) {
    std::size_t start = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1));
    std::size_t len = static_cast<std::size_t>(rng.uniform_int(1, 20));
    for (std::size_t i = start; i < n && i < start + len; ++i) a.x[i] = static_cast<int>(rng.uniform_int(1, 100));
  }
}
}  // namespace problem

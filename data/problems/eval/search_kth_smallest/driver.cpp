#include "pf_problem.hpp"

namespace problem {
// case 0: values over the whole int range, random k (the timing input);
// case 1: k = 1 (the minimum); case 2: k = n (the maximum);
// case 3: values in [-2, 2] with many duplicates, random k; case 4: all elements equal.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  const int same = static_cast<int>(rng.uniform_int(-1000000, 1000000));
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    switch (kase) {
      case 3: a.x[i] = static_cast<int>(r % 5) - 2; break;
      case 4: a.x[i] = same; break;
      default: a.x[i] = static_cast<int>(static_cast<std::uint32_t>(r >> 32)); break;
    }
  }
  if (kase == 1) a.k = 1;
  else if (kase == 2) a.k = n;
  else a.k = static_cast<size_t>(rng.uniform_int(1, static_cast<std::int64_t>(n)));
}
}  // namespace problem

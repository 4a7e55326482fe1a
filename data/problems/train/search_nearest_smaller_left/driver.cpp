#include "pf_problem.hpp"

namespace problem {
// case 0: random values in [0, 1e6] (the timing input); case 1: strictly increasing
// (out[i] = i - 1); case 2: all equal (all -1, nothing is strictly smaller);
// case 3: values in [0, 3] (many ties); case 4: a random walk (long stretches without a smaller value).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  int walk = 0;
  const int same = static_cast<int>(rng.next() % 100);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    switch (kase) {
      case 0: a.x[i] = static_cast<int>(r % 1000001); break;
      case 1: a.x[i] = static_cast<int>(i) * 2 - 5; break;
      case 2: a.x[i] = same; break;
      case 3: a.x[i] = static_cast<int>(r & 3); break;
      default: walk += static_cast<int>(r % 21) - 10; a.x[i] = walk; break;
    }
  }
  // An untouched output fails.
  a.out.assign(n, -7);
}
}  // namespace problem

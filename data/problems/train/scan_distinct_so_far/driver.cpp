#include "pf_problem.hpp"

namespace problem {
// case 0: random values over the whole range [0, 65535] (the timing input);
// case 1: all elements equal (out = 1, 1, ...); case 2: x[i] = i mod 65536 in a shuffled order
// of blocks (every element new until the range is exhausted); case 3: values in [0, 7].
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  const int same = static_cast<int>(rng.next() & 65535);
  const int shift = static_cast<int>(rng.next() & 65535);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    switch (kase) {
      case 0: a.x[i] = static_cast<int>(r & 65535); break;
      case 1: a.x[i] = same; break;
      case 2: a.x[i] = static_cast<int>((i + static_cast<std::size_t>(shift)) & 65535); break;
      default: a.x[i] = static_cast<int>(r & 7); break;
    }
  }
  // A correct function overwrites every element.
  a.out.assign(n, -1);
}
}  // namespace problem

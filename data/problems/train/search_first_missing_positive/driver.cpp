#include "pf_problem.hpp"

namespace problem {
// case 0: a shuffled permutation of 1..n with one random value replaced by a negative number
//         (the answer is that value; the timing input); case 1: a shuffled permutation of 1..n
//         (answer n + 1); case 2: values in [2, n + 1] (answer 1);
// case 3: only zeros and negative values (answer 1); case 4: random values in [-n, 2n].
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  const long long ln = static_cast<long long>(n);
  if (kase <= 1) {
    for (std::size_t i = 0; i < n; ++i) a.x[i] = static_cast<int>(i + 1);
    rng.shuffle(a.x);
    if (kase == 0 && n > 0) a.x[rng.next() % n] = -static_cast<int>(rng.next() % 1000);
    return;
  }
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    switch (kase) {
      case 2: a.x[i] = static_cast<int>(2 + static_cast<long long>(r % static_cast<std::uint64_t>(ln))); break;
      case 3: a.x[i] = -static_cast<int>(r % 1000000); break;
      default: a.x[i] = static_cast<int>(static_cast<long long>(r % static_cast<std::uint64_t>(3 * ln + 1)) - ln); break;
    }
  }
}
}  // namespace problem

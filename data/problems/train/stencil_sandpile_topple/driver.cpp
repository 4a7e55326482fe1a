#include "pf_problem.hpp"

namespace problem {
// case 0: random piles of 0..7 grains, 60 rounds (the timing input); case 1: an empty grid;
// case 2: every cell at 3 (stable: nothing moves); case 3: one large pile in the middle,
// 12 rounds; case 4: every cell at 4 (all topple; the border loses grains), 2 rounds.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.n = n;
  const std::size_t nn = n * n;
  a.grains.resize(nn);
  for (std::size_t k = 0; k < nn; k += 16) {  // sixteen 3-bit piles per generator call
    std::uint64_t bits = rng.next();
    for (std::size_t b = 0; b < 16 && k + b < nn; ++b) a.grains[k + b] = static_cast<int32_t>((bits >> (3 * b)) & 7);
  }
  a.rounds = 60;
  if (kase == 1) {
    a.grains.assign(nn, 0);
    a.rounds = 3;
  } else if (kase == 2) {
    a.grains.assign(nn, 3);
    a.rounds = 2;
  } else if (kase == 3) {
    a.grains.assign(nn, 0);
    if (nn) a.grains[(n / 2) * n + n / 2] = 1000;
    a.rounds = 12;
  } else if (kase == 4) {
    a.grains.assign(nn, 4);
    a.rounds = 2;
  }
}
}  // namespace problem

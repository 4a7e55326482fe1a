#include "pf_problem.hpp"

namespace problem {
// Even values increasing by random gaps of 2..8; an odd target can then only be reached through
// one element made odd (+1 keeps the order). By case:
// case 0: the only pair sits in the middle (the walk from both ends covers everything; true; timing);
// case 1: odd target, all values even (false); case 2: the pair is (first, last) (true);
// case 3: all values equal v, target 2v (true for n >= 2);
// case 4: target below twice the smallest value (false); case 5: the pair is (0, 1) (true).
const int kNumCases = 6;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.sorted.resize(n);
  long long v = 2 * rng.uniform_int(-1000000, 1000000);
  for (std::size_t i = 0; i < n; ++i) {
    a.sorted[i] = v;
    v += 2 * (1 + static_cast<long long>(rng.next() % 4));
  }
  a.target = 2 * rng.uniform_int(-1000000, 1000000) + 1;  // odd: unreachable so far
  if (n == 0) return;
  auto pairAt = [&](std::size_t p, std::size_t q) {
    a.sorted[p] += 1;  // the only odd element
    a.target = a.sorted[p] + a.sorted[q];
  };
  switch (kase) {
    case 0: if (n >= 2) pairAt(n / 2 - 1, n / 2); break;
    case 1: break;
    case 2: if (n >= 2) pairAt(0, n - 1); break;
    case 3:
      for (auto& e : a.sorted) e = a.sorted[0];
      a.target = 2 * a.sorted[0];
      break;
    case 4: a.target = 2 * a.sorted[0] - 1 - static_cast<long long>(rng.next() % 100); break;
    default: if (n >= 2) pairAt(0, 1); break;
  }
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// Values in [0, 3], so value occurs about n/4 times. By case:
// case 0: k chosen so that the answer lies at about 90% of x (the timing input);
// case 1: k is one more than the number of occurrences (-1); case 2: k = 1 (the first one);
// case 3: k = the number of occurrences (the last one); case 4: value does not occur (-1).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  for (std::size_t i = 0; i < n; ++i) a.x[i] = static_cast<int>(rng.next() & 3);
  a.value = static_cast<int>(rng.next() & 3);
  if (kase == 4) a.value = 4 + static_cast<int>(rng.next() % 100);
  std::size_t total = 0, before = 0;
  for (std::size_t i = 0; i < n; ++i) {
    total += a.x[i] == a.value;
    if (i < n * 9 / 10) before += a.x[i] == a.value;
  }
  switch (kase) {
    case 0: a.k = before + 1; break;
    case 1: a.k = total + 1; break;
    case 2: a.k = 1; break;
    case 3: a.k = total > 0 ? total : 1; break;
    default: a.k = 1; break;
  }
}
}  // namespace problem

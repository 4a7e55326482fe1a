#include "pf_problem.hpp"

#include <cstddef>

namespace problem {
// case 0: random values, k = n/50 + 1 (the timing input); case 1: k = n (the whole vector in
// descending order) with many duplicates; case 2: k = 1 (the maximum, at a random position);
// case 3: k = 0 (empty result); case 4: ascending input, k = n/2.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  if (kase == 1) {
    a.x = rng.uniform_vector<int>(n, -5, 5);
  } else if (kase == 4) {
    a.x.resize(n);
    for (std::size_t i = 0; i < n; ++i) a.x[i] = static_cast<int>(i) * 3 - static_cast<int>(n);
  } else {
    a.x = rng.uniform_vector<int>(n, -1000000000, 1000000000);
  }
  switch (kase) {
    case 0: a.k = n == 0 ? 0 : n / 50 + 1; break;
    case 1: a.k = n; break;
    case 2: a.k = n == 0 ? 0 : 1; break;
    case 3: a.k = 0; break;
    default: a.k = n / 2; break;
  }
}
}  // namespace problem

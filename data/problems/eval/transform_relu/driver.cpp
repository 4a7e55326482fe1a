#include "pf_problem.hpp"

namespace problem {
// case 0: random values in [-1, 1) (the timing input); case 1: all negative (all become 0);
// case 2: all positive (nothing changes); case 3: zeros, tiny and huge magnitudes and infinities.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  if (kase == 1) {
    a.x = rng.uniform_vector<double>(n, -100.0, -1e-9);
  } else if (kase == 2) {
    a.x = rng.uniform_vector<double>(n, 1e-9, 100.0);
  } else if (kase == 3) {
    static const double special[] = {0.0, 1e-300, -1e-300, 1e300, -1e300, 1.0 / 0.0, -1.0 / 0.0, -7.0, 7.0};
    a.x.resize(n);
    for (auto& v : a.x) v = special[rng.uniform_int(0, 8)];
  } else {
    a.x = rng.uniform_vector<double>(n, -1.0, 1.0);
  }
}
}  // namespace problem

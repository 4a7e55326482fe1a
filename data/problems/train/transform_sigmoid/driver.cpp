#include "pf_problem.hpp"

namespace problem {
// case 0: x in [-8, 8) (the timing input); case 1: zeros (0.5); case 2: large negative and
// positive arguments (close to 0 and to 1); case 3: tiny arguments around zero.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.y.assign(n, -1.0);  // a correct function overwrites every entry
  if (kase == 1) {
    a.x.assign(n, 0.0);
  } else if (kase == 2) {
    a.x.resize(n);
    for (auto& v : a.x) v = (rng.coin() ? 1.0 : -1.0) * rng.uniform(20.0, 40.0);
  } else if (kase == 3) {
    a.x = rng.uniform_vector<double>(n, -1e-6, 1e-6);
  } else {
    a.x = rng.uniform_vector<double>(n, -8.0, 8.0);
  }
}
}  // namespace problem

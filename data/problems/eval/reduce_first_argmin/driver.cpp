#include "pf_problem.hpp"

namespace problem {
// case 0: uniform random values (timing input: the minimum anywhere); case 1: the minimum at
// index 0; case 2: the minimum at the last index; case 3: the minimum value repeated at several
// random positions (the first one counts); case 4: all values equal (answer 0);
// case 5: small integers 0..3 (many ties of the minimum).
const int kNumCases = 6;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  if (kase == 4) {
    double v = rng.uniform(-5.0, 5.0);
    for (auto& e : a.x) e = v;
    return;
  }
  if (kase == 5) {
    for (auto& e : a.x) e = static_cast<double>(rng.uniform_int(0, 3));
    return;
  }
  for (auto& e : a.x) e = static_cast<double>(rng.next() >> 11) * (1.0 / 9007199254740992.0) * 200.0 - 100.0;
  if (n == 0) return;
  if (kase == 1) a.x[0] = -1000.0;
  if (kase == 2) a.x[n - 1] = -1000.0;
  if (kase == 3) {
    double m = -1000.0 - rng.uniform(0.0, 1.0);
    int copies = static_cast<int>(rng.uniform_int(2, 5));
    for (int k = 0; k < copies; ++k) a.x[rng.uniform_int(0, static_cast<std::int64_t>(n) - 1)] = m;
  }
}
}  // namespace problem

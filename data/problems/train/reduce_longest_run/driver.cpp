#include "pf_problem.hpp"

namespace problem {
// case 0: values 0..3 where each element repeats its predecessor with probability 0.6 (runs of
// a few elements; timing input); case 1: all elements equal (answer n); case 2: no two
// neighbours equal (answer 1); case 3: short runs plus one long run at the start; case 4: short
// runs plus one long run at the end (the run must be closed at the end of the vector).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  int v0 = static_cast<int>(rng.uniform_int(-5, 5));
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    int v;
    if (kase == 1) v = v0;
    else if (kase == 2) v = static_cast<int>(i % 2) + (i % 5 == 4 ? 7 : 0);
    else if (i > 0 && (r & 0xffff) < (kase == 0 ? 39322u : 16384u)) v = a.x[i - 1];
    else v = static_cast<int>((r >> 32) & 3);
    a.x[i] = v;
  }
  if ((kase == 3 || kase == 4) && n > 0) {
    std::size_t len = n / 3 + 1;
    for (std::size_t k = 0; k < len; ++k) a.x[kase == 3 ? k : n - 1 - k] = 42;
  }
}
}  // namespace problem

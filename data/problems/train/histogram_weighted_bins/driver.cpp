#include "pf_problem.hpp"

namespace problem {
// n = number of items. case 0: 48 bins, uniform bins, weights in [0, 1) (timing input);
// case 1: all items in one bin, random bin count; case 2: weights of both signs with many empty
// bins (more bins than items); case 3: integer weights in one of two bins at the ends.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  std::size_t m = kase == 0 ? 48 : kase == 2 ? n + 3 : static_cast<std::size_t>(rng.uniform_int(2, 30));
  int fixed = static_cast<int>(rng.uniform_int(0, static_cast<std::int64_t>(m) - 1));
  a.bins.resize(n);
  a.weights.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    int b = static_cast<int>(((r & 0xffffffffULL) * m) >> 32);
    double w = static_cast<double>(r >> 32) * (1.0 / 4294967296.0);
    if (kase == 1) b = fixed;
    if (kase == 2) w = 200.0 * w - 100.0;
    if (kase == 3) b = (r >> 63) ? 0 : static_cast<int>(m - 1), w = static_cast<double>((r >> 40) % 7);
    a.bins[i] = b;
    a.weights[i] = w;
  }
  a.totals.assign(m, -12345.0);  // an untouched output fails
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: random complex entries (the timing input); case 1: all zero; case 2: a unit impulse
// at a random position (every output has magnitude 1); case 3: constant matrix (only A[0] is
// nonzero); case 4: one random row, zero elsewhere.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.n = n;
  const std::size_t nn = n * n;
  if (kase == 0) {
    a.a.resize(nn);
    for (auto& z : a.a) z = {rng.uniform(-1.0, 1.0), rng.uniform(-1.0, 1.0)};
    return;
  }
  a.a.assign(nn, {0.0, 0.0});
  if (nn == 0) return;
  if (kase == 2) {
    a.a[static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(nn) - 1))] = {1.0, 0.0};
  } else if (kase == 3) {
    a.a.assign(nn, {0.5, -2.0});
  } else if (kase == 4) {
    const std::size_t r = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1));
    for (std::size_t c = 0; c < n; ++c) a.a[r * n + c] = {rng.uniform(-1.0, 1.0), rng.uniform(-1.0, 1.0)};
  }
}
}  // namespace problem

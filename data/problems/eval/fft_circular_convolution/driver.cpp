#include "pf_problem.hpp"

namespace problem {
// case 0: random complex entries (the timing input); case 1: b is a unit impulse at a random
// position (c is a rotated copy of a, scaled); case 2: a is all zero (c is all zero);
// case 3: real-valued inputs with integer entries.
const int kNumCases = 4;

static std::vector<std::complex<double>> random_complex(std::size_t n, pf::Rng& rng) {
  std::vector<std::complex<double>> v(n);
  for (auto& z : v) z = {rng.uniform(-1.0, 1.0), rng.uniform(-1.0, 1.0)};
  return v;
}

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.a = random_complex(n, rng);
  a.b = random_complex(n, rng);
  if (kase == 1) {
    a.b.assign(n, {0.0, 0.0});
    if (n > 0) a.b[static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1))] = {0.0, 2.0};
  } else if (kase == 2) {
    a.a.assign(n, {0.0, 0.0});
  } else if (kase == 3) {
    for (auto& z : a.a) z = {static_cast<double>(rng.uniform_int(-5, 5)), 0.0};
    for (auto& z : a.b) z = {static_cast<double>(rng.uniform_int(-5, 5)), 0.0};
  }
  a.c.assign(n, {7.0, -7.0});
}
}  // namespace problem

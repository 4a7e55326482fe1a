#include "pf_problem.hpp"

namespace problem {
// case 0: two random polynomials of n coefficients (the timing input); case 1: b = 0 (zero
// product); case 2: b = a constant (a scaled copy of a); case 3: coefficients near p (wrap
// around); case 4: a has n coefficients and b has n/3 + 1.
const int kNumCases = 5;
constexpr std::uint32_t kP = 998244353;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.a = rng.uniform_vector<uint32_t>(n, 0, kP - 1);
  a.b = rng.uniform_vector<uint32_t>(n, 0, kP - 1);
  if (kase == 1) {
    a.b.assign(n, 0);
  } else if (kase == 2) {
    a.b.assign(n ? 1 : 0, static_cast<uint32_t>(rng.uniform_int(2, kP - 1)));
  } else if (kase == 3) {
    for (auto& v : a.a) v = kP - 1 - static_cast<uint32_t>(rng.uniform_int(0, 3));
    for (auto& v : a.b) v = kP - 1 - static_cast<uint32_t>(rng.uniform_int(0, 3));
  } else if (kase == 4) {
    a.b.resize(n ? n / 3 + 1 : 0);
  }
}
}  // namespace problem

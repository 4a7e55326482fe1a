#include "pf_problem.hpp"

namespace problem {
// b is a circularly shifted copy of a plus noise, so one shift stands out.
// case 0: a random shift (the timing input); case 1: shift 0; case 2: shift n-1;
// case 3: shift n/2; case 4: b is a shifted copy of -a (the best shift is wherever the noise
// correlates best: no planted answer).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.a = rng.uniform_vector<double>(n, -1.0, 1.0);
  a.b.assign(n, 0.0);
  if (n == 0) return;
  std::size_t s = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1));
  if (kase == 1) s = 0;
  if (kase == 2) s = n - 1;
  if (kase == 3) s = n / 2;
  const double sign = kase == 4 ? -1.0 : 1.0;
  for (std::size_t j = 0; j < n; ++j) a.b[(j + s) % n] = sign * a.a[j] + 0.3 * rng.uniform(-1.0, 1.0);
}

static double correlation(const Args& in, std::size_t s) {
  const std::size_t n = in.a.size();
  double c = 0.0;
  for (std::size_t j = 0; j < n; ++j) c += in.a[j] * in.b[(j + s) % n];
  return c;
}

bool check(const Args& input, const Args& expected, const Args& got, const pf::Tolerance& tol, std::string& why) {
  const long n = static_cast<long>(input.a.size());
  if (got.ret < 0 || got.ret >= std::max<long>(n, 1)) {
    why = "shift " + std::to_string(got.ret) + " is outside [0, n)";
    return false;
  }
  if (got.ret == expected.ret) return true;
  const double best = correlation(input, static_cast<std::size_t>(expected.ret));
  const double mine = correlation(input, static_cast<std::size_t>(got.ret));
  double scale = 0.0;
  for (long j = 0; j < n; ++j) scale += std::fabs(input.a[j]) * std::fabs(input.b[j]);
  if (mine >= best - (tol.abs + tol.rel * scale) * 1000.0) return true;
  why = "shift " + std::to_string(got.ret) + " has correlation " + pf::to_text(mine) + ", but shift " +
        std::to_string(expected.ret) + " reaches " + pf::to_text(best);
  return false;
}
}  // namespace problem

#include "pf_problem.hpp"

#include <cmath>

namespace problem {
// case 0: random entries in [-1, 1) plus s * P for a random permutation matrix P
// (s = 2 sqrt(N)): well conditioned, zeros are not on the diagonal but pivoting is needed.
// case 1: a scaled permutation matrix (every diagonal entry may be zero).
// case 2: an upper triangular matrix with a dominant diagonal (no row exchanges needed).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.N = n;
  std::vector<std::size_t> perm(n);
  for (std::size_t i = 0; i < n; ++i) perm[i] = i;
  rng.shuffle(perm);
  if (kase == 0) {
    a.A = rng.uniform_vector<double>(n * n, -1.0, 1.0);
    double s = 2.0 * std::sqrt(static_cast<double>(n)) + 1.0;
    for (std::size_t i = 0; i < n; ++i) a.A[i * n + perm[i]] += rng.coin() ? s : -s;
  } else if (kase == 1) {
    a.A.assign(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i) a.A[i * n + perm[i]] = rng.uniform(0.5, 4.0) * (rng.coin() ? 1 : -1);
  } else {
    a.A.assign(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = i + 1; j < n; ++j) a.A[i * n + j] = rng.uniform(-1.0, 1.0);
      a.A[i * n + i] = static_cast<double>(n) + rng.uniform(1.0, 2.0);
    }
  }
  // b = A x_true for a random x_true, so that the solution has entries of order one.
  std::vector<double> xt = rng.uniform_vector<double>(n, -1.0, 1.0);
  a.b.assign(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    double s = 0.0;
    for (std::size_t j = 0; j < n; ++j) s += a.A[i * n + j] * xt[j];
    a.b[i] = s;
  }
  a.x.assign(n, 0.0);
}
}  // namespace problem

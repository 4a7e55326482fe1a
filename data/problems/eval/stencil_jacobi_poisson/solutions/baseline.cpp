#include <utility>
// Two buffers swapped after every iteration; rows are swept in memory order.
void jacobiPoisson(std::vector<double>& u, std::vector<double> const& f, size_t n, int iterations) {
  if (n < 3 || iterations <= 0) return;
  std::vector<double> next(u);  // carries the boundary values
  for (int it = 0; it < iterations; ++it) {
    for (std::size_t i = 1; i + 1 < n; ++i) {
      const double* up = &u[(i - 1) * n];
      const double* mid = &u[i * n];
      const double* down = &u[(i + 1) * n];
      const double* src = &f[i * n];
      double* out = &next[i * n];
      for (std::size_t j = 1; j + 1 < n; ++j)
        out[j] = 0.25 * (up[j] + down[j] + mid[j - 1] + mid[j + 1] + src[j]);
    }
    u.swap(next);
  }
}

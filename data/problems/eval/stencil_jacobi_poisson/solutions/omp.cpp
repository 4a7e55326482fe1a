#include <utility>
void jacobiPoisson(std::vector<double>& u, std::vector<double> const& f, size_t n, int iterations) {
  if (n < 3 || iterations <= 0) return;
  std::vector<double> next(u);  // carries the boundary values
  const long rows = static_cast<long>(n);
  double* cur = u.data();
  double* nxt = next.data();
  const double* src = f.data();
  #pragma omp parallel
  for (int it = 0; it < iterations; ++it) {
    #pragma omp for schedule(static)
    for (long i = 1; i < rows - 1; ++i) {
      const double* up = cur + (i - 1) * n;
      const double* mid = cur + i * n;
      const double* down = cur + (i + 1) * n;
      const double* s = src + i * n;
      double* out = nxt + i * n;
      for (std::size_t j = 1; j + 1 < n; ++j)
        out[j] = 0.25 * (up[j] + down[j] + mid[j - 1] + mid[j + 1] + s[j]);
    }
    // implicit barrier above; one thread swaps the pointers and the barrier of single publishes them
    #pragma omp single
    std::swap(cur, nxt);
  }
  if (cur != u.data()) u.swap(next);
}

#include <utility>
void variableDiffusion(std::vector<double>& u, std::vector<double> const& kx, std::vector<double> const& ky, size_t n,
                       int steps) {
  if (n < 3 || steps <= 0) return;
  std::vector<double> next(u);  // carries the border cells
  double* cur = u.data();
  double* nxt = next.data();
  const double* KX = kx.data();
  const double* KY = ky.data();
  const long rows = static_cast<long>(n);
  #pragma omp parallel
  for (int s = 0; s < steps; ++s) {
    #pragma omp for schedule(static)
    for (long i = 1; i < rows - 1; ++i) {
      const double* up = cur + (i - 1) * n;
      const double* c = cur + i * n;
      const double* dn = cur + (i + 1) * n;
      const double* ex = KX + i * n;
      const double* sy = KY + i * n;
      const double* ny = KY + (i - 1) * n;
      double* o = nxt + i * n;
      for (std::size_t j = 1; j + 1 < n; ++j)
        o[j] = c[j] + ex[j] * (c[j + 1] - c[j]) - ex[j - 1] * (c[j] - c[j - 1]) + sy[j] * (dn[j] - c[j]) -
               ny[j] * (c[j] - up[j]);
    }
    #pragma omp single
    std::swap(cur, nxt);  // the barrier after single publishes the swap
  }
  if (cur != u.data()) u.swap(next);
}

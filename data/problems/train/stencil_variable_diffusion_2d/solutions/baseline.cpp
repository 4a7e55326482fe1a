// Two buffers swapped after every step; each row is swept with pointers to the rows above and
// below and to the face conductances it needs.
void variableDiffusion(std::vector<double>& u, std::vector<double> const& kx, std::vector<double> const& ky, size_t n,
                       int steps) {
  if (n < 3 || steps <= 0) return;
  std::vector<double> next(u);  // carries the border cells
  for (int s = 0; s < steps; ++s) {
    for (std::size_t i = 1; i + 1 < n; ++i) {
      const double* up = &u[(i - 1) * n];
      const double* c = &u[i * n];
      const double* dn = &u[(i + 1) * n];
      const double* ex = &kx[i * n];
      const double* sy = &ky[i * n];
      const double* ny = &ky[(i - 1) * n];
      double* o = &next[i * n];
      for (std::size_t j = 1; j + 1 < n; ++j)
        o[j] = c[j] + ex[j] * (c[j + 1] - c[j]) - ex[j - 1] * (c[j] - c[j - 1]) + sy[j] * (dn[j] - c[j]) -
               ny[j] * (c[j] - up[j]);
    }
    u.swap(next);
  }
}

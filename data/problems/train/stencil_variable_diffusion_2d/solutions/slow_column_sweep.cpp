void variableDiffusion(std::vector<double>& u, std::vector<double> const& kx, std::vector<double> const& ky, size_t n,
                       int steps) {
  if (n < 3) return;
  std::vector<double> next(u);
  for (int s = 0; s < steps; ++s) {
    for (std::size_t j = 1; j + 1 < n; ++j) {
      for (std::size_t i = 1; i + 1 < n; ++i) {
        std::size_t p = i * n + j;
        next[p] = u[p] + kx[p] * (u[p + 1] - u[p]) - kx[p - 1] * (u[p] - u[p - 1]) + ky[p] * (u[p + n] - u[p]) -
                  ky[p - n] * (u[p] - u[p - n]);
      }
    }
    u.swap(next);
  }
}

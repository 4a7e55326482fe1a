void jacobiPoisson(std::vector<double>& u, std::vector<double> const& f, size_t n, int iterations) {
  if (n < 3) return;
  std::vector<double> next(u);
  for (int it = 0; it < iterations; ++it) {
    for (std::size_t j = 1; j + 1 < n; ++j)
      for (std::size_t i = 1; i + 1 < n; ++i)
        next[i * n + j] = 0.25 * (u[(i - 1) * n + j] + u[(i + 1) * n + j] + u[i * n + j - 1] + u[i * n + j + 1] +
                                  f[i * n + j]);
    u.swap(next);
  }
}

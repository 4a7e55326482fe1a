void heatEquation1D(std::vector<double>& u, double r, int steps) {
  const std::size_t n = u.size();
  if (n < 3) return;
  for (int s = 0; s < steps; ++s) {
    std::vector<double> next(n);
    next[0] = u[0];
    next[n - 1] = u[n - 1];
    for (std::size_t i = 1; i + 1 < n; ++i) next[i] = u[i] + r * (u[i - 1] - 2 * u[i] + u[i + 1]);
    u = next;
  }
}

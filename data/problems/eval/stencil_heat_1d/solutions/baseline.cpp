// Two buffers swapped after every step; the fixed end points are carried in both.
void heatEquation1D(std::vector<double>& u, double r, int steps) {
  const std::size_t n = u.size();
  if (n < 3 || steps <= 0) return;
  std::vector<double> next(u);
  for (int s = 0; s < steps; ++s) {
    const double* cur = u.data();
    double* out = next.data();
    for (std::size_t i = 1; i + 1 < n; ++i) out[i] = cur[i] + r * (cur[i - 1] - 2 * cur[i] + cur[i + 1]);
    u.swap(next);
  }
}

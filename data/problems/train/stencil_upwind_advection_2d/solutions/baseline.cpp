void advectUpwind(std::vector<double>& q, std::vector<double> const& vx, std::vector<double> const& vy, size_t n,
                  double dt, int steps) {
  // Two buffers; each row is processed with pointers to the wrapped rows above and below, the
  // interior columns with a branch-free max/min upwind form, and the two end columns wrapped.
  auto upwind = [dt](double c, double w, double e, double nth, double sth, double ux, double uy) {
    const double apx = std::max(ux, 0.0), amx = std::min(ux, 0.0);
    const double apy = std::max(uy, 0.0), amy = std::min(uy, 0.0);
    return c - dt * (apx * (c - w) + amx * (e - c) + apy * (c - nth) + amy * (sth - c));
  };
  if (n == 0 || steps <= 0) return;
  std::vector<double> next(n * n);
  for (int s = 0; s < steps; ++s) {
    for (std::size_t i = 0; i < n; ++i) {
      const double* c = &q[i * n];
      const double* up = &q[(i == 0 ? n - 1 : i - 1) * n];
      const double* dn = &q[(i + 1 == n ? 0 : i + 1) * n];
      const double* ux = &vx[i * n];
      const double* uy = &vy[i * n];
      double* o = &next[i * n];
      o[0] = upwind(c[0], c[n - 1], c[n > 1 ? 1 : 0], up[0], dn[0], ux[0], uy[0]);
      for (std::size_t j = 1; j + 1 < n; ++j) o[j] = upwind(c[j], c[j - 1], c[j + 1], up[j], dn[j], ux[j], uy[j]);
      if (n > 1) o[n - 1] = upwind(c[n - 1], c[n - 2], c[0], up[n - 1], dn[n - 1], ux[n - 1], uy[n - 1]);
    }
    q.swap(next);
  }
}

void dctII(std::vector<double> const& x, std::vector<double>& out) {
  const std::size_t n = x.size();
  if (n == 0) return;
  const std::size_t period = 4 * n;
  const double pi = std::acos(-1.0);
  std::vector<double> table(period);
  #pragma omp parallel
  {
    #pragma omp for schedule(static)
    for (std::size_t m = 0; m < period; ++m) table[m] = std::cos(pi * static_cast<double>(m) / (2.0 * n));
    #pragma omp for schedule(static)
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t stride = (2 * k) % period;
      std::size_t m = k % period;
      double s = 0.0;
      for (std::size_t j = 0; j < n; ++j) {
        s += x[j] * table[m];
        m += stride;
        if (m >= period) m -= period;
      }
      out[k] = s;
    }
  }
}

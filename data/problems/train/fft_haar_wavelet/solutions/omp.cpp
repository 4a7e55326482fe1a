void haarWavelet(std::vector<double>& x) {
  const std::size_t n = x.size();
  if (n <= 1) return;
  const double s = 1.0 / std::sqrt(2.0);
  std::vector<double> tmp(n);
  double* v = x.data();
  double* t = tmp.data();
  #pragma omp parallel
  for (std::size_t m = n; m > 1; m /= 2) {
    const std::size_t half = m / 2;
    #pragma omp for schedule(static)
    for (std::size_t i = 0; i < half; ++i) {
      const double p = v[2 * i], q = v[2 * i + 1];
      t[i] = (p + q) * s;
      t[half + i] = (p - q) * s;
    }
    #pragma omp for schedule(static)
    for (std::size_t i = 0; i < m; ++i) v[i] = t[i];
  }
}

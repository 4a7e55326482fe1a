void conjugateGradient(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
                       std::vector<double> const& b, std::vector<double>& x, size_t N, size_t iterations) {
  std::vector<double> r(b), p(b), Ap(N);
  const long n = static_cast<long>(N);
  double rr = 0.0;
  #pragma omp parallel for reduction(+ : rr) schedule(static)
  for (long i = 0; i < n; ++i) {
    x[i] = 0.0;
    rr += r[i] * r[i];
  }
  for (size_t it = 0; it < iterations && rr != 0.0; ++it) {
    double pAp = 0.0;
    #pragma omp parallel for reduction(+ : pAp) schedule(static)
    for (long i = 0; i < n; ++i) {
      double s = 0.0;
      for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) s += values[k] * p[colIdx[k]];
      Ap[i] = s;
      pAp += p[i] * s;
    }
    const double alpha = rr / pAp;
    double rrNew = 0.0;
    #pragma omp parallel for reduction(+ : rrNew) schedule(static)
    for (long i = 0; i < n; ++i) {
      x[i] += alpha * p[i];
      r[i] -= alpha * Ap[i];
      rrNew += r[i] * r[i];
    }
    const double beta = rrNew / rr;
    #pragma omp parallel for schedule(static)
    for (long i = 0; i < n; ++i) p[i] = r[i] + beta * p[i];
    rr = rrNew;
  }
}

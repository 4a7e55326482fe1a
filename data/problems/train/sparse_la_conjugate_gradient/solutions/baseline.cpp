void conjugateGradient(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
                       std::vector<double> const& b, std::vector<double>& x, size_t N, size_t iterations) {
  std::vector<double> r(b), p(b), Ap(N);
  std::fill(x.begin(), x.end(), 0.0);
  double rr = 0.0;
  for (size_t i = 0; i < N; ++i) rr += r[i] * r[i];
  for (size_t it = 0; it < iterations && rr != 0.0; ++it) {
    double pAp = 0.0;
    for (size_t i = 0; i < N; ++i) {
      double s = 0.0;
      for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) s += values[k] * p[colIdx[k]];
      Ap[i] = s;
      pAp += p[i] * s;
    }
    double alpha = rr / pAp, rrNew = 0.0;
    for (size_t i = 0; i < N; ++i) {
      x[i] += alpha * p[i];
      r[i] -= alpha * Ap[i];
      rrNew += r[i] * r[i];
    }
    double beta = rrNew / rr;
    for (size_t i = 0; i < N; ++i) p[i] = r[i] + beta * p[i];
    rr = rrNew;
  }
}

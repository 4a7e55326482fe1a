void solveLinearSystem(std::vector<double> const& A, std::vector<double> const& b, std::vector<double>& x, size_t N) {
  std::vector<double> M(A);
  x = b;
  for (size_t k = 0; k < N; ++k) {
    size_t p = k;
    double best = std::fabs(M[k * N + k]);
    for (size_t i = k + 1; i < N; ++i) {
      double v = std::fabs(M[i * N + k]);
      if (v > best) { best = v; p = i; }
    }
    if (p != k) {
      std::swap_ranges(M.begin() + k * N + k, M.begin() + (k + 1) * N, M.begin() + p * N + k);
      std::swap(x[k], x[p]);
    }
    const double* rk = M.data() + k * N;
    const double inv = 1.0 / rk[k];
    const double xk = x[k];
    // The rows below the pivot are updated independently of each other.
    #pragma omp parallel for schedule(static) if (N - k > 64)
    for (long i = static_cast<long>(k) + 1; i < static_cast<long>(N); ++i) {
      double* ri = M.data() + i * N;
      double l = ri[k] * inv;
      if (l == 0.0) continue;
      for (size_t j = k + 1; j < N; ++j) ri[j] -= l * rk[j];
      x[i] -= l * xk;
    }
  }
  for (size_t i = N; i-- > 0;) {
    const double* ri = M.data() + i * N;
    double s = x[i];
    for (size_t j = i + 1; j < N; ++j) s -= ri[j] * x[j];
    x[i] = s / ri[i];
  }
}

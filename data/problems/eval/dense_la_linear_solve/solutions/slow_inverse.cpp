void solveLinearSystem(std::vector<double> const& A, std::vector<double> const& b, std::vector<double>& x, size_t N) {
  // Invert A with Gauss-Jordan elimination on the augmented matrix [A | I], then x = A^-1 b.
  size_t W = 2 * N;
  std::vector<double> aug(N * W, 0.0);
  for (size_t i = 0; i < N; ++i) {
    for (size_t j = 0; j < N; ++j) aug[i * W + j] = A[i * N + j];
    aug[i * W + N + i] = 1.0;
  }
  for (size_t k = 0; k < N; ++k) {
    size_t p = k;
    for (size_t i = k + 1; i < N; ++i)
      if (std::fabs(aug[i * W + k]) > std::fabs(aug[p * W + k])) p = i;
    if (p != k)
      for (size_t j = 0; j < W; ++j) std::swap(aug[k * W + j], aug[p * W + j]);
    double inv = 1.0 / aug[k * W + k];
    for (size_t j = 0; j < W; ++j) aug[k * W + j] *= inv;
    for (size_t i = 0; i < N; ++i) {
      if (i == k) continue;
      double f = aug[i * W + k];
      if (f == 0.0) continue;
      for (size_t j = 0; j < W; ++j) aug[i * W + j] -= f * aug[k * W + j];
    }
  }
  for (size_t i = 0; i < N; ++i) {
    double s = 0.0;
    for (size_t j = 0; j < N; ++j) s += aug[i * W + N + j] * b[j];
    x[i] = s;
  }
}

void cholesky(std::vector<double> const& A, std::vector<double>& L, size_t N) {
  std::vector<double> W(A);  // working copy, its lower triangle becomes L
  for (size_t k = 0; k < N; ++k) {
    double d = std::sqrt(W[k * N + k]);
    W[k * N + k] = d;
    for (size_t i = k + 1; i < N; ++i) W[i * N + k] /= d;
    // Trailing update W[i][j] -= L[i][k] * L[j][k], one column j at a time.
    for (size_t j = k + 1; j < N; ++j) {
      double ljk = W[j * N + k];
      for (size_t i = j; i < N; ++i) W[i * N + j] -= W[i * N + k] * ljk;
    }
  }
  for (size_t i = 0; i < N; ++i)
    for (size_t j = 0; j < N; ++j) L[i * N + j] = j <= i ? W[i * N + j] : 0.0;
}

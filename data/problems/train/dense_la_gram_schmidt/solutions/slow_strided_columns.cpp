void orthonormalizeColumns(std::vector<double> const& A, std::vector<double>& Q, size_t M, size_t N) {
  Q = A;
  for (size_t k = 0; k < N; ++k) {
    double norm = 0.0;
    for (size_t i = 0; i < M; ++i) norm += Q[i * N + k] * Q[i * N + k];
    norm = std::sqrt(norm);
    for (size_t i = 0; i < M; ++i) Q[i * N + k] /= norm;
    for (size_t j = k + 1; j < N; ++j) {
      double r = 0.0;
      for (size_t i = 0; i < M; ++i) r += Q[i * N + k] * Q[i * N + j];
      for (size_t i = 0; i < M; ++i) Q[i * N + j] -= r * Q[i * N + k];
    }
  }
}

void orthonormalizeColumns(std::vector<double> const& A, std::vector<double>& Q, size_t M, size_t N) {
  // Work on the transpose, so that every column is a contiguous row of W.
  std::vector<double> W(N * M);
  for (size_t i = 0; i < M; ++i)
    for (size_t j = 0; j < N; ++j) W[j * M + i] = A[i * N + j];
  for (size_t k = 0; k < N; ++k) {
    double* qk = W.data() + k * M;
    double norm = 0.0;
    for (size_t i = 0; i < M; ++i) norm += qk[i] * qk[i];
    norm = std::sqrt(norm);
    for (size_t i = 0; i < M; ++i) qk[i] /= norm;
    for (size_t j = k + 1; j < N; ++j) {
      double* wj = W.data() + j * M;
      double r = 0.0;
      for (size_t i = 0; i < M; ++i) r += qk[i] * wj[i];
      for (size_t i = 0; i < M; ++i) wj[i] -= r * qk[i];
    }
  }
  for (size_t i = 0; i < M; ++i)
    for (size_t j = 0; j < N; ++j) Q[i * N + j] = W[j * M + i];
}

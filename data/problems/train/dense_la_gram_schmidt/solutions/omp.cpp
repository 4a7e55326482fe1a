void orthonormalizeColumns(std::vector<double> const& A, std::vector<double>& Q, size_t M, size_t N) {
  std::vector<double> W(N * M);
  const long n = static_cast<long>(N);
  #pragma omp parallel
  {
    #pragma omp for schedule(static)
    for (long j = 0; j < n; ++j)
      for (size_t i = 0; i < M; ++i) W[j * M + i] = A[i * N + j];
    for (long k = 0; k < n; ++k) {
      double* qk = W.data() + k * M;
      #pragma omp single
      {
        double norm = 0.0;
        for (size_t i = 0; i < M; ++i) norm += qk[i] * qk[i];
        norm = std::sqrt(norm);
        for (size_t i = 0; i < M; ++i) qk[i] /= norm;
      }
      // Once q_k is final, the remaining columns are updated independently.
      #pragma omp for schedule(static)
      for (long j = k + 1; j < n; ++j) {
        double* wj = W.data() + j * M;
        double r = 0.0;
        for (size_t i = 0; i < M; ++i) r += qk[i] * wj[i];
        for (size_t i = 0; i < M; ++i) wj[i] -= r * qk[i];
      }
    }
    #pragma omp for schedule(static)
    for (long i = 0; i < static_cast<long>(M); ++i)
      for (size_t j = 0; j < N; ++j) Q[i * N + j] = W[j * M + i];
  }
}

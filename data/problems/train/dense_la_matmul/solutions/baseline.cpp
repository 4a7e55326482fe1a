void matmul(std::vector<double> const& A, std::vector<double> const& B, std::vector<double>& C, size_t M, size_t K,
            size_t N) {
  // i-k-j order: the inner loop adds a multiple of a row of B to a row of C (contiguous).
  for (size_t i = 0; i < M; ++i) {
    double* c = C.data() + i * N;
    std::fill(c, c + N, 0.0);
    for (size_t k = 0; k < K; ++k) {
      double aik = A[i * K + k];
      const double* b = B.data() + k * N;
      for (size_t j = 0; j < N; ++j) c[j] += aik * b[j];
    }
  }
}

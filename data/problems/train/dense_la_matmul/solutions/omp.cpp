void matmul(std::vector<double> const& A, std::vector<double> const& B, std::vector<double>& C, size_t M, size_t K,
            size_t N) {
  #pragma omp parallel for schedule(static)
  for (long i = 0; i < static_cast<long>(M); ++i) {
    double* c = C.data() + i * N;
    std::fill(c, c + N, 0.0);
    for (size_t k = 0; k < K; ++k) {
      double aik = A[i * K + k];
      const double* b = B.data() + k * N;
      for (size_t j = 0; j < N; ++j) c[j] += aik * b[j];
    }
  }
}

void gramMatrix(std::vector<double> const& A, std::vector<double>& G, size_t M, size_t N) {
  for (size_t i = 0; i < N; ++i) {
    for (size_t j = 0; j < N; ++j) {
      double sum = 0.0;
      for (size_t k = 0; k < M; ++k) {
        sum += A[k * N + i] * A[k * N + j];
      }
      G[i * N + j] = sum;
    }
  }
}

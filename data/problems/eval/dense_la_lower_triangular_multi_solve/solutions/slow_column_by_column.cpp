void solveLowerTriangularMulti(std::vector<double> const& L, std::vector<double> const& B, std::vector<double>& X,
                               size_t N, size_t K) {
  for (size_t c = 0; c < K; ++c) {
    for (size_t i = 0; i < N; ++i) {
      double s = B[i * K + c];
      for (size_t k = 0; k < i; ++k) s -= L[i * N + k] * X[k * K + c];
      X[i * K + c] = s / L[i * N + i];
    }
  }
}

void lowerUpperProduct(std::vector<double> const& L, std::vector<double> const& U, std::vector<double>& C, size_t N) {
  std::fill(C.begin(), C.end(), 0.0);
  for (size_t i = 0; i < N; ++i)
    for (size_t k = 0; k < N; ++k) {
      double lik = L[i * N + k];
      for (size_t j = 0; j < N; ++j) C[i * N + j] += lik * U[k * N + j];
    }
}

void lowerUpperProduct(std::vector<double> const& L, std::vector<double> const& U, std::vector<double>& C, size_t N) {
  // Row i of C is the sum over k <= i of L[i][k] times row k of U, and row k of U is zero
  // before column k: only the structurally nonzero products are formed.
  for (size_t i = 0; i < N; ++i) {
    double* c = C.data() + i * N;
    std::fill(c, c + N, 0.0);
    for (size_t k = 0; k <= i; ++k) {
      double lik = L[i * N + k];
      const double* u = U.data() + k * N;
      for (size_t j = k; j < N; ++j) c[j] += lik * u[j];
    }
  }
}

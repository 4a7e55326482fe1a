void lowerUpperProduct(std::vector<double> const& L, std::vector<double> const& U, std::vector<double>& C, size_t N) {
  // Row i costs about i * (N - i/2) operations: dynamic scheduling balances the rows.
  #pragma omp parallel for schedule(dynamic, 8)
  for (long il = 0; il < static_cast<long>(N); ++il) {
    size_t i = static_cast<size_t>(il);
    double* c = C.data() + i * N;
    std::fill(c, c + N, 0.0);
    for (size_t k = 0; k <= i; ++k) {
      double lik = L[i * N + k];
      const double* u = U.data() + k * N;
      for (size_t j = k; j < N; ++j) c[j] += lik * u[j];
    }
  }
}

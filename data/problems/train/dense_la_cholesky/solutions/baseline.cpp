void cholesky(std::vector<double> const& A, std::vector<double>& L, size_t N) {
  // Row by row (Cholesky-Banachiewicz): every dot product runs along two rows of L.
  std::fill(L.begin(), L.end(), 0.0);
  for (size_t i = 0; i < N; ++i) {
    double* li = L.data() + i * N;
    for (size_t j = 0; j <= i; ++j) {
      const double* lj = L.data() + j * N;
      double s = A[i * N + j];
      for (size_t k = 0; k < j; ++k) s -= li[k] * lj[k];
      li[j] = (i == j) ? std::sqrt(s) : s / lj[j];
    }
  }
}

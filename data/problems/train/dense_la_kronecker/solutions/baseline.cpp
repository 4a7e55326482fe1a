void kroneckerProduct(std::vector<double> const& A, std::vector<double> const& B, std::vector<double>& K, size_t m,
                      size_t n, size_t p, size_t q) {
  size_t cols = n * q;
  for (size_t i = 0; i < m; ++i) {
    for (size_t r = 0; r < p; ++r) {
      double* out = K.data() + (i * p + r) * cols;
      const double* brow = B.data() + r * q;
      for (size_t j = 0; j < n; ++j) {
        double aij = A[i * n + j];
        for (size_t s = 0; s < q; ++s) out[j * q + s] = aij * brow[s];
      }
    }
  }
}

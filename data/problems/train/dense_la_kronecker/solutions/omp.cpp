void kroneckerProduct(std::vector<double> const& A, std::vector<double> const& B, std::vector<double>& K, size_t m,
                      size_t n, size_t p, size_t q) {
  size_t cols = n * q;
  const long rows = static_cast<long>(m * p);
  // Every row of K is written by exactly one thread.
  #pragma omp parallel for schedule(static)
  for (long row = 0; row < rows; ++row) {
    size_t i = static_cast<size_t>(row) / p, r = static_cast<size_t>(row) % p;
    double* out = K.data() + row * cols;
    const double* brow = B.data() + r * q;
    for (size_t j = 0; j < n; ++j) {
      double aij = A[i * n + j];
      for (size_t s = 0; s < q; ++s) out[j * q + s] = aij * brow[s];
    }
  }
}

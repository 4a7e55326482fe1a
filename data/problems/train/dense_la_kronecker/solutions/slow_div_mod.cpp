void kroneckerProduct(std::vector<double> const& A, std::vector<double> const& B, std::vector<double>& K, size_t m,
                      size_t n, size_t p, size_t q) {
  size_t rows = m * p, cols = n * q;
  for (size_t row = 0; row < rows; ++row) {
    for (size_t col = 0; col < cols; ++col) {
      size_t i = row / p, r = row % p, j = col / q, s = col % q;
      K[row * cols + col] = A[i * n + j] * B[r * q + s];
    }
  }
}

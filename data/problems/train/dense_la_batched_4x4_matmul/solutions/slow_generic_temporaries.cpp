void batchedMatmul4x4(std::vector<double> const& A, std::vector<double> const& B, std::vector<double>& C) {
  auto multiplySquare = [](std::vector<double> const& a, std::vector<double> const& b, size_t dim) {
    std::vector<double> c(dim * dim, 0.0);
    for (size_t i = 0; i < dim; ++i)
      for (size_t j = 0; j < dim; ++j)
        for (size_t k = 0; k < dim; ++k) c[i * dim + j] += a[i * dim + k] * b[k * dim + j];
    return c;
  };
  size_t count = A.size() / 16;
  for (size_t m = 0; m < count; ++m) {
    std::vector<double> a(A.begin() + 16 * m, A.begin() + 16 * (m + 1));
    std::vector<double> b(B.begin() + 16 * m, B.begin() + 16 * (m + 1));
    std::vector<double> c = multiplySquare(a, b, 4);
    for (size_t e = 0; e < 16; ++e) C[16 * m + e] = c[e];
  }
}

void solveLowerTriangularMulti(std::vector<double> const& L, std::vector<double> const& B, std::vector<double>& X,
                               size_t N, size_t K) {
  // Row i of X = (row i of B - sum over k < i of L[i][k] * row k of X) / L[i][i]: all rows
  // are updated contiguously, so the inner loop streams and vectorizes.
  for (size_t i = 0; i < N; ++i) {
    double* xi = X.data() + i * K;
    const double* li = L.data() + i * N;
    std::copy(B.begin() + i * K, B.begin() + (i + 1) * K, xi);
    for (size_t k = 0; k < i; ++k) {
      double l = li[k];
      if (l == 0.0) continue;
      const double* xk = X.data() + k * K;
      for (size_t c = 0; c < K; ++c) xi[c] -= l * xk[c];
    }
    double d = li[i];
    for (size_t c = 0; c < K; ++c) xi[c] /= d;
  }
}

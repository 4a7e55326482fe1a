void applyGivensRotations(std::vector<double>& A, std::vector<int> const& rowI, std::vector<int> const& rowJ,
                          std::vector<double> const& c, std::vector<double> const& s, size_t M, size_t N) {
  for (size_t k = 0; k < rowI.size(); ++k) {
    double* x = A.data() + static_cast<size_t>(rowI[k]) * N;
    double* y = A.data() + static_cast<size_t>(rowJ[k]) * N;
    const double ck = c[k], sk = s[k];
    for (size_t col = 0; col < N; ++col) {
      double a = x[col], b = y[col];
      x[col] = ck * a - sk * b;
      y[col] = sk * a + ck * b;
    }
  }
}

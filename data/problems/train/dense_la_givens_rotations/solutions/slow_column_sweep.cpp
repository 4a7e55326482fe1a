void applyGivensRotations(std::vector<double>& A, std::vector<int> const& rowI, std::vector<int> const& rowJ,
                          std::vector<double> const& c, std::vector<double> const& s, size_t M, size_t N) {
  // Columns are independent, so rotate each column through the whole sequence.
  for (size_t col = 0; col < N; ++col) {
    for (size_t k = 0; k < rowI.size(); ++k) {
      double& x = A[rowI[k] * N + col];
      double& y = A[rowJ[k] * N + col];
      double a = x, b = y;
      x = c[k] * a - s[k] * b;
      y = s[k] * a + c[k] * b;
    }
  }
}

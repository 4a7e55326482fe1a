void gemvTransposed(std::vector<double> const& A, std::vector<double> const& x, std::vector<double>& y, size_t M, size_t N) {
  // y = sum over rows i of x[i] * (row i of A): every row is read contiguously, y stays in cache.
  std::fill(y.begin(), y.end(), 0.0);
  double* out = y.data();
  for (size_t i = 0; i < M; ++i) {
    const double* row = A.data() + i * N;
    double xi = x[i];
    for (size_t j = 0; j < N; ++j) out[j] += xi * row[j];
  }
}

void outerProduct(std::vector<double> const& x, std::vector<double> const& y, std::vector<double>& A) {
  size_t M = x.size(), N = y.size();
  for (size_t i = 0; i < M; ++i) {
    double xi = x[i];
    double* row = A.data() + i * N;
    for (size_t j = 0; j < N; ++j) row[j] = xi * y[j];
  }
}

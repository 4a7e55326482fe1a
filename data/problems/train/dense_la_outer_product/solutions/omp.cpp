void outerProduct(std::vector<double> const& x, std::vector<double> const& y, std::vector<double>& A) {
  const size_t N = y.size();
  const long M = static_cast<long>(x.size());
  #pragma omp parallel for schedule(static)
  for (long i = 0; i < M; ++i) {
    double xi = x[i];
    double* row = A.data() + i * N;
    for (size_t j = 0; j < N; ++j) row[j] = xi * y[j];
  }
}

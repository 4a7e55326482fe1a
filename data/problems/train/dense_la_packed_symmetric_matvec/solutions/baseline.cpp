void packedSymmetricMatvec(std::vector<double> const& AP, std::vector<double> const& x, std::vector<double>& y,
                           size_t N) {
  // One pass over the packed rows: the entry A[i][j] (j > i) contributes to y[i] and to y[j].
  std::fill(y.begin(), y.end(), 0.0);
  const double* p = AP.data();
  for (size_t i = 0; i < N; ++i) {
    double xi = x[i];
    double sum = p[0] * xi;
    for (size_t j = i + 1; j < N; ++j) {
      double a = p[j - i];
      sum += a * x[j];
      y[j] += a * xi;
    }
    y[i] += sum;
    p += N - i;
  }
}

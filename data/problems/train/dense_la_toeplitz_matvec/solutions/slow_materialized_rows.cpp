void toeplitzMatvec(std::vector<double> const& t, std::vector<double> const& x, std::vector<double>& y, size_t N) {
  for (size_t i = 0; i < N; ++i) {
    std::vector<double> row(N);
    for (size_t j = 0; j < N; ++j) row[j] = t[i + N - 1 - j];
    double sum = 0.0;
    for (size_t j = 0; j < N; ++j) sum += row[j] * x[j];
    y[i] = sum;
  }
}

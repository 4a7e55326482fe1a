void jacobiIterations(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
                      std::vector<double> const& b, std::vector<double>& x, size_t N, size_t iterations) {
  std::vector<double> next(N);
  const long n = static_cast<long>(N);
  for (size_t it = 0; it < iterations; ++it) {
    // Every row of the new iterate depends only on the old one.
    #pragma omp parallel for schedule(static)
    for (long i = 0; i < n; ++i) {
      double sum = b[i], diag = 1.0;
      for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) {
        int j = colIdx[k];
        if (j == static_cast<int>(i)) diag = values[k];
        else sum -= values[k] * x[j];
      }
      next[i] = sum / diag;
    }
    x.swap(next);
  }
}

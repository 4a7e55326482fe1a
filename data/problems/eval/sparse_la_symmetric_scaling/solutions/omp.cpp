void symmetricDiagonalScaling(std::vector<int> const& rowPtr, std::vector<int> const& colIdx,
                              std::vector<double> const& values, std::vector<double>& scaled, size_t N) {
  std::vector<double> d(N);
  const long n = static_cast<long>(N);
  #pragma omp parallel
  {
    #pragma omp for schedule(static)
    for (long i = 0; i < n; ++i) {
      int k = rowPtr[i];
      while (colIdx[k] != static_cast<int>(i)) ++k;
      d[i] = 1.0 / std::sqrt(std::fabs(values[k]));
    }
    // The implicit barrier above makes every factor visible before it is used.
    #pragma omp for schedule(static)
    for (long i = 0; i < n; ++i) {
      double di = d[i];
      for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) scaled[k] = values[k] * di * d[colIdx[k]];
    }
  }
}

void symmetricDiagonalScaling(std::vector<int> const& rowPtr, std::vector<int> const& colIdx,
                              std::vector<double> const& values, std::vector<double>& scaled, size_t N) {
  // The N scaling factors first, then one pass over the nonzeros.
  std::vector<double> d(N);
  for (size_t i = 0; i < N; ++i) {
    int k = rowPtr[i];
    while (colIdx[k] != static_cast<int>(i)) ++k;
    d[i] = 1.0 / std::sqrt(std::fabs(values[k]));
  }
  for (size_t i = 0; i < N; ++i) {
    double di = d[i];
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) scaled[k] = values[k] * di * d[colIdx[k]];
  }
}

void sparseLowerSolve(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
                      std::vector<double> const& b, std::vector<double>& x, size_t N) {
  for (size_t i = 0; i < N; ++i) {
    int last = rowPtr[i + 1] - 1;  // the diagonal entry
    double s = b[i];
    for (int k = rowPtr[i]; k < last; ++k) s -= values[k] * x[colIdx[k]];
    x[i] = s / values[last];
  }
}

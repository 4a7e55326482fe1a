void spmvCsr(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
             std::vector<double> const& x, std::vector<double>& y, size_t M, size_t N) {
  for (size_t i = 0; i < M; ++i) {
    double sum = 0.0;
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) sum += values[k] * x[colIdx[k]];
    y[i] = sum;
  }
}

void spmmDense(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
               std::vector<double> const& B, std::vector<double>& C, size_t M, size_t N, size_t K) {
  for (size_t c = 0; c < K; ++c) {
    for (size_t i = 0; i < M; ++i) {
      double sum = 0.0;
      for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) sum += values[k] * B[colIdx[k] * K + c];
      C[i * K + c] = sum;
    }
  }
}

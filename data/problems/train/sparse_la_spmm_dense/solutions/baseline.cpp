void spmmDense(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
               std::vector<double> const& B, std::vector<double>& C, size_t M, size_t N, size_t K) {
  // Row i of C accumulates values[k] times row colIdx[k] of B: whole rows, contiguous.
  for (size_t i = 0; i < M; ++i) {
    double* c = C.data() + i * K;
    std::fill(c, c + K, 0.0);
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) {
      double v = values[k];
      const double* b = B.data() + static_cast<size_t>(colIdx[k]) * K;
      for (size_t j = 0; j < K; ++j) c[j] += v * b[j];
    }
  }
}

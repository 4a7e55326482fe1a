void spmmDense(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
               std::vector<double> const& B, std::vector<double>& C, size_t M, size_t N, size_t K) {
  #pragma omp parallel for schedule(dynamic, 512)
  for (long i = 0; i < static_cast<long>(M); ++i) {
    double* c = C.data() + i * K;
    std::fill(c, c + K, 0.0);
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) {
      double v = values[k];
      const double* b = B.data() + static_cast<size_t>(colIdx[k]) * K;
      for (size_t j = 0; j < K; ++j) c[j] += v * b[j];
    }
  }
}

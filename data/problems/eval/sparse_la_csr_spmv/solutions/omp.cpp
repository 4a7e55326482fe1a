void spmvCsr(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
             std::vector<double> const& x, std::vector<double>& y, size_t M, size_t N) {
  // Rows are independent; chunks of rows balance rows of different lengths.
  #pragma omp parallel for schedule(dynamic, 1024)
  for (long i = 0; i < static_cast<long>(M); ++i) {
    double sum = 0.0;
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) sum += values[k] * x[colIdx[k]];
    y[i] = sum;
  }
}

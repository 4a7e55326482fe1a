void denseToCsr(std::vector<double> const& A, size_t M, size_t N, std::vector<int>& rowPtr, std::vector<int>& colIdx,
                std::vector<double>& values) {
  rowPtr.assign(M + 1, 0);
  colIdx.clear();
  values.clear();
  for (size_t i = 0; i < M; ++i) {
    const double* row = A.data() + i * N;
    for (size_t j = 0; j < N; ++j) {
      if (row[j] != 0.0) {
        colIdx.push_back(static_cast<int>(j));
        values.push_back(row[j]);
      }
    }
    rowPtr[i + 1] = static_cast<int>(colIdx.size());
  }
}

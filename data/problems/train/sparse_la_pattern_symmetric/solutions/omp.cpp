bool isStructurallySymmetric(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, size_t N) {
  bool symmetric = true;
  const long n = static_cast<long>(N);
  #pragma omp parallel for schedule(static, 4096) reduction(&& : symmetric)
  for (long i = 0; i < n; ++i) {
    if (!symmetric) continue;  // this thread already found a mismatch
    const int row = static_cast<int>(i);
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) {
      int j = colIdx[k];
      if (j == row) continue;
      if (!std::binary_search(colIdx.begin() + rowPtr[j], colIdx.begin() + rowPtr[j + 1], row)) {
        symmetric = false;
        break;
      }
    }
  }
  return symmetric;
}

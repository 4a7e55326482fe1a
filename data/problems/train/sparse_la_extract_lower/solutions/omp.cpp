void extractLowerTriangle(std::vector<int> const& rowPtr, std::vector<int> const& colIdx,
                          std::vector<double> const& values, size_t N, std::vector<int>& lRowPtr,
                          std::vector<int>& lColIdx, std::vector<double>& lValues) {
  // Pass 1 finds each row's kept prefix with a binary search (column indices only), a prefix
  // sum gives the row pointers, pass 2 copies the prefixes into place.
  lRowPtr.assign(N + 1, 0);
  const long n = static_cast<long>(N);
  #pragma omp parallel for schedule(static, 4096)
  for (long i = 0; i < n; ++i) {
    auto first = colIdx.begin() + rowPtr[i], last = colIdx.begin() + rowPtr[i + 1];
    lRowPtr[i + 1] = static_cast<int>(std::upper_bound(first, last, static_cast<int>(i)) - first);
  }
  for (size_t i = 0; i < N; ++i) lRowPtr[i + 1] += lRowPtr[i];
  lColIdx.resize(static_cast<size_t>(lRowPtr[N]));
  lValues.resize(lColIdx.size());
  #pragma omp parallel for schedule(static, 4096)
  for (long i = 0; i < n; ++i) {
    int b = rowPtr[i], len = lRowPtr[i + 1] - lRowPtr[i];
    std::copy(colIdx.begin() + b, colIdx.begin() + b + len, lColIdx.begin() + lRowPtr[i]);
    std::copy(values.begin() + b, values.begin() + b + len, lValues.begin() + lRowPtr[i]);
  }
}

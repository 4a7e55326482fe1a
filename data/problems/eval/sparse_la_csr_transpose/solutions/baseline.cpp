void transposeCsr(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
                  size_t M, size_t N, std::vector<int>& tRowPtr, std::vector<int>& tColIdx,
                  std::vector<double>& tValues) {
  // Counting sort by column: count, prefix sum, then place the entries row by row (which
  // keeps the rows of A in increasing order within each row of the transpose).
  size_t nnz = static_cast<size_t>(rowPtr[M]);
  tRowPtr.assign(N + 1, 0);
  tColIdx.resize(nnz);
  tValues.resize(nnz);
  for (size_t k = 0; k < nnz; ++k) ++tRowPtr[colIdx[k] + 1];
  for (size_t j = 0; j < N; ++j) tRowPtr[j + 1] += tRowPtr[j];
  std::vector<int> next(tRowPtr.begin(), tRowPtr.end() - 1);
  for (size_t i = 0; i < M; ++i) {
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) {
      int dst = next[colIdx[k]]++;
      tColIdx[dst] = static_cast<int>(i);
      tValues[dst] = values[k];
    }
  }
}

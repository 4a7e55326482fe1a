void sparseLowerSolve(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
                      std::vector<double> const& b, std::vector<double>& x, size_t N) {
  // Convert to CSC so that column j (the entries that x[j] affects) is contiguous.
  size_t nnz = static_cast<size_t>(rowPtr[N]);
  std::vector<int> colPtr(N + 1, 0), rowIdx(nnz);
  std::vector<double> cvals(nnz);
  for (size_t k = 0; k < nnz; ++k) colPtr[colIdx[k] + 1]++;
  for (size_t j = 0; j < N; ++j) colPtr[j + 1] += colPtr[j];
  std::vector<int> fill(colPtr.begin(), colPtr.end() - 1);
  for (size_t i = 0; i < N; ++i)
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) {
      int dst = fill[colIdx[k]]++;
      rowIdx[dst] = static_cast<int>(i);
      cvals[dst] = values[k];
    }
  // Column-oriented substitution: the diagonal is the first entry of each column.
  std::vector<double> rhs(b);
  for (size_t j = 0; j < N; ++j) {
    double xj = rhs[j] / cvals[colPtr[j]];
    x[j] = xj;
    for (int k = colPtr[j] + 1; k < colPtr[j + 1]; ++k) rhs[rowIdx[k]] -= cvals[k] * xj;
  }
}

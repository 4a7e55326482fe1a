bool isStructurallySymmetric(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, size_t N) {
  // Build the transposed pattern as one growing vector per column, then compare row by row.
  std::vector<std::vector<int>> transposed(N);
  for (size_t i = 0; i < N; ++i)
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) transposed[colIdx[k]].push_back(static_cast<int>(i));
  for (size_t i = 0; i < N; ++i) {
    std::vector<int> row(colIdx.begin() + rowPtr[i], colIdx.begin() + rowPtr[i + 1]);
    if (row != transposed[i]) return false;
  }
  return true;
}

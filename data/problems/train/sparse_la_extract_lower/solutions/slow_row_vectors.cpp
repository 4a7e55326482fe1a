void extractLowerTriangle(std::vector<int> const& rowPtr, std::vector<int> const& colIdx,
                          std::vector<double> const& values, size_t N, std::vector<int>& lRowPtr,
                          std::vector<int>& lColIdx, std::vector<double>& lValues) {
  std::vector<std::vector<int>> rowCols(N);
  std::vector<std::vector<double>> rowVals(N);
  for (size_t i = 0; i < N; ++i)
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k)
      if (colIdx[k] <= static_cast<int>(i)) {
        rowCols[i].push_back(colIdx[k]);
        rowVals[i].push_back(values[k]);
      }
  lRowPtr.assign(1, 0);
  lColIdx.clear();
  lValues.clear();
  for (size_t i = 0; i < N; ++i) {
    lColIdx.insert(lColIdx.end(), rowCols[i].begin(), rowCols[i].end());
    lValues.insert(lValues.end(), rowVals[i].begin(), rowVals[i].end());
    lRowPtr.push_back(static_cast<int>(lColIdx.size()));
  }
}

void extractLowerTriangle(std::vector<int> const& rowPtr, std::vector<int> const& colIdx,
                          std::vector<double> const& values, size_t N, std::vector<int>& lRowPtr,
                          std::vector<int>& lColIdx, std::vector<double>& lValues) {
  // Columns are sorted, so the kept entries of a row are a prefix of it.
  lRowPtr.assign(N + 1, 0);
  lColIdx.resize(static_cast<size_t>(rowPtr[N]));
  lValues.resize(lColIdx.size());
  int out = 0;
  for (size_t i = 0; i < N; ++i) {
    int b = rowPtr[i], e = rowPtr[i + 1];
    int k = b;
    while (k < e && colIdx[k] <= static_cast<int>(i)) ++k;
    std::copy(colIdx.begin() + b, colIdx.begin() + k, lColIdx.begin() + out);
    std::copy(values.begin() + b, values.begin() + k, lValues.begin() + out);
    out += k - b;
    lRowPtr[i + 1] = out;
  }
  lColIdx.resize(static_cast<size_t>(out));
  lValues.resize(static_cast<size_t>(out));
}

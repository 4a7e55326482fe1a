void spgemm(std::vector<int> const& aRowPtr, std::vector<int> const& aColIdx, std::vector<double> const& aValues,
            std::vector<int> const& bRowPtr, std::vector<int> const& bColIdx, std::vector<double> const& bValues,
            size_t M, size_t K, size_t N, std::vector<int>& cRowPtr, std::vector<int>& cColIdx,
            std::vector<double>& cValues) {
  // Gustavson's row-by-row product with a dense accumulator; mark[j] == i means column j
  // already has a partial sum in row i.
  std::vector<int> mark(N, -1), cols;
  std::vector<double> acc(N);
  cRowPtr.assign(M + 1, 0);
  cColIdx.clear();
  cValues.clear();
  for (size_t i = 0; i < M; ++i) {
    cols.clear();
    const int row = static_cast<int>(i);
    for (int ka = aRowPtr[i]; ka < aRowPtr[i + 1]; ++ka) {
      int k = aColIdx[ka];
      double a = aValues[ka];
      for (int kb = bRowPtr[k]; kb < bRowPtr[k + 1]; ++kb) {
        int j = bColIdx[kb];
        if (mark[j] != row) {
          mark[j] = row;
          acc[j] = a * bValues[kb];
          cols.push_back(j);
        } else {
          acc[j] += a * bValues[kb];
        }
      }
    }
    std::sort(cols.begin(), cols.end());
    for (int j : cols) {
      cColIdx.push_back(j);
      cValues.push_back(acc[j]);
    }
    cRowPtr[i + 1] = static_cast<int>(cColIdx.size());
  }
}

void sortCsrRows(std::vector<int> const& rowPtr, std::vector<int>& colIdx, std::vector<double>& values) {
  size_t rows = rowPtr.size() - 1;
  for (size_t i = 0; i < rows; ++i) {
    for (int a = rowPtr[i]; a < rowPtr[i + 1]; ++a) {
      int best = a;
      for (int b = a + 1; b < rowPtr[i + 1]; ++b)
        if (colIdx[b] < colIdx[best]) best = b;
      std::swap(colIdx[a], colIdx[best]);
      std::swap(values[a], values[best]);
    }
  }
}

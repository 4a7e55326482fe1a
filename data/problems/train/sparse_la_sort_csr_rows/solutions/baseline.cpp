void sortCsrRows(std::vector<int> const& rowPtr, std::vector<int>& colIdx, std::vector<double>& values) {
  // Sort (column, value) pairs of each row in one reused buffer.
  size_t rows = rowPtr.size() - 1;
  std::vector<std::pair<int, double>> buf;
  for (size_t i = 0; i < rows; ++i) {
    int b = rowPtr[i], e = rowPtr[i + 1];
    buf.clear();
    for (int k = b; k < e; ++k) buf.push_back({colIdx[k], values[k]});
    std::sort(buf.begin(), buf.end(), [](auto const& x, auto const& y) { return x.first < y.first; });
    for (int k = b; k < e; ++k) {
      colIdx[k] = buf[k - b].first;
      values[k] = buf[k - b].second;
    }
  }
}

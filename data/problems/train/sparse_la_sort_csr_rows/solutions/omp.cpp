void sortCsrRows(std::vector<int> const& rowPtr, std::vector<int>& colIdx, std::vector<double>& values) {
  const long rows = static_cast<long>(rowPtr.size()) - 1;
  #pragma omp parallel
  {
    std::vector<std::pair<int, double>> buf;  // one buffer per thread
    #pragma omp for schedule(dynamic, 256)
    for (long i = 0; i < rows; ++i) {
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
}

void permuteSymmetric(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
                      std::vector<int> const& perm, size_t N, std::vector<int>& bRowPtr, std::vector<int>& bColIdx,
                      std::vector<double>& bValues) {
  // Row perm[i] of B has the length of row i of A: place the rows, then sort each one.
  bRowPtr.assign(N + 1, 0);
  for (size_t i = 0; i < N; ++i) bRowPtr[perm[i] + 1] = rowPtr[i + 1] - rowPtr[i];
  for (size_t r = 0; r < N; ++r) bRowPtr[r + 1] += bRowPtr[r];
  bColIdx.resize(static_cast<size_t>(bRowPtr[N]));
  bValues.resize(bColIdx.size());
  std::vector<std::pair<int, double>> buf;
  for (size_t i = 0; i < N; ++i) {
    buf.clear();
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) buf.push_back({perm[colIdx[k]], values[k]});
    std::sort(buf.begin(), buf.end(), [](auto const& x, auto const& y) { return x.first < y.first; });
    int dst = bRowPtr[perm[i]];
    for (auto const& e : buf) {
      bColIdx[dst] = e.first;
      bValues[dst++] = e.second;
    }
  }
}

double diagonalEntry(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
                     int row) {
  for (int k = rowPtr[row]; k < rowPtr[row + 1]; ++k)
    if (colIdx[k] == row) return values[k];
  return 1.0;
}

void symmetricDiagonalScaling(std::vector<int> const& rowPtr, std::vector<int> const& colIdx,
                              std::vector<double> const& values, std::vector<double>& scaled, size_t N) {
  for (size_t i = 0; i < N; ++i) {
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) {
      double di = diagonalEntry(rowPtr, colIdx, values, static_cast<int>(i));
      double dj = diagonalEntry(rowPtr, colIdx, values, colIdx[k]);
      scaled[k] = values[k] / std::sqrt(std::fabs(di) * std::fabs(dj));
    }
  }
}

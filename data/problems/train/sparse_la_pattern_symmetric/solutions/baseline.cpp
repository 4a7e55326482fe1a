bool isStructurallySymmetric(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, size_t N) {
  // Entry (i, j) needs i in the sorted row j: a binary search. Checking j > i only would
  // miss an unmatched entry below the diagonal, so every off-diagonal entry is checked.
  for (size_t i = 0; i < N; ++i) {
    const int row = static_cast<int>(i);
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) {
      int j = colIdx[k];
      if (j == row) continue;
      if (!std::binary_search(colIdx.begin() + rowPtr[j], colIdx.begin() + rowPtr[j + 1], row)) return false;
    }
  }
  return true;
}

double sparseDot(std::vector<int> const& aIdx, std::vector<double> const& aVal, std::vector<int> const& bIdx,
                 std::vector<double> const& bVal) {
  // Merge the two sorted index lists.
  size_t i = 0, j = 0, na = aIdx.size(), nb = bIdx.size();
  double sum = 0.0;
  while (i < na && j < nb) {
    int ia = aIdx[i], ib = bIdx[j];
    if (ia == ib) {
      sum += aVal[i] * bVal[j];
      ++i;
      ++j;
    } else if (ia < ib) {
      ++i;
    } else {
      ++j;
    }
  }
  return sum;
}

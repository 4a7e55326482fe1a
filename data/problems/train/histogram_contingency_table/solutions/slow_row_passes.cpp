void contingencyTable(std::vector<int> const& rowLabels, std::vector<int> const& colLabels, int numRows, int numCols,
                      std::vector<size_t>& table) {
  for (auto& t : table) t = 0;
  for (int r = 0; r < numRows; ++r) {
    // One pass over all the observations per row category.
    for (std::size_t i = 0; i < rowLabels.size(); ++i)
      if (rowLabels[i] == r) table[r * numCols + colLabels[i]]++;
  }
}

void contingencyTable(std::vector<int> const& rowLabels, std::vector<int> const& colLabels, int numRows, int numCols,
                      std::vector<size_t>& table) {
  for (auto& t : table) t = 0;
  const std::size_t n = rowLabels.size();
  for (std::size_t i = 0; i < n; ++i) ++table[static_cast<std::size_t>(rowLabels[i]) * numCols + colLabels[i]];
  (void)numRows;
}

void contingencyTable(std::vector<int> const& rowLabels, std::vector<int> const& colLabels, int numRows, int numCols,
                      std::vector<size_t>& table) {
  const std::size_t cells = static_cast<std::size_t>(numRows) * numCols, n = rowLabels.size();
  for (auto& t : table) t = 0;
  #pragma omp parallel
  {
    std::vector<size_t> local(cells, 0);
    #pragma omp for nowait
    for (std::size_t i = 0; i < n; ++i) ++local[static_cast<std::size_t>(rowLabels[i]) * numCols + colLabels[i]];
    #pragma omp critical
    for (std::size_t k = 0; k < cells; ++k) table[k] += local[k];
  }
}

void gatherRows(std::vector<float> const& table, std::size_t cols, std::vector<int> const& idx,
                std::vector<float>& out) {
  for (std::size_t r = 0; r < idx.size(); ++r) {
    std::vector<float> row(table.begin() + idx[r] * cols, table.begin() + (idx[r] + 1) * cols);
    for (std::size_t j = 0; j < cols; ++j) out[r * cols + j] = row[j];
  }
}

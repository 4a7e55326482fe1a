#include <tuple>
void sortCsrRows(std::vector<int> const& rowPtr, std::vector<int>& colIdx, std::vector<double>& values) {
  // Sort all entries at once by (row, column).
  size_t rows = rowPtr.size() - 1;
  std::vector<std::tuple<int, int, double>> all;
  for (size_t i = 0; i < rows; ++i)
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) all.emplace_back(static_cast<int>(i), colIdx[k], values[k]);
  std::sort(all.begin(), all.end());
  for (size_t k = 0; k < all.size(); ++k) {
    colIdx[k] = std::get<1>(all[k]);
    values[k] = std::get<2>(all[k]);
  }
}

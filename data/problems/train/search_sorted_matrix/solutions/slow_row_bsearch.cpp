#include <algorithm>

void searchSortedMatrix(std::vector<int> const& mat, size_t rows, size_t cols, std::vector<int> const& queries,
                        std::vector<int>& found) {
  for (std::size_t j = 0; j < queries.size(); ++j) {
    found[j] = 0;
    for (std::size_t r = 0; r < rows; ++r) {
      auto rowBegin = mat.begin() + r * cols;
      if (std::binary_search(rowBegin, rowBegin + cols, queries[j])) {
        found[j] = 1;
        break;
      }
    }
  }
}

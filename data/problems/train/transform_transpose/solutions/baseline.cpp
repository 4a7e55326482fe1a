#include <algorithm>

void transpose(std::vector<double> const& A, std::size_t rows, std::size_t cols, std::vector<double>& B) {
  // Tiles of 32 x 32: both the rows read from A and the rows written to B stay in cache.
  const std::size_t T = 32;
  for (std::size_t i0 = 0; i0 < rows; i0 += T) {
    const std::size_t i1 = std::min(rows, i0 + T);
    for (std::size_t j0 = 0; j0 < cols; j0 += T) {
      const std::size_t j1 = std::min(cols, j0 + T);
      for (std::size_t i = i0; i < i1; ++i)
        for (std::size_t j = j0; j < j1; ++j) B[j * rows + i] = A[i * cols + j];
    }
  }
}

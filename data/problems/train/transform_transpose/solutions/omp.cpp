#include <algorithm>

void transpose(std::vector<double> const& A, std::size_t rows, std::size_t cols, std::vector<double>& B) {
  const std::size_t T = 32;
  const long long tileRows = static_cast<long long>((rows + T - 1) / T);
  const long long tileCols = static_cast<long long>((cols + T - 1) / T);
  #pragma omp parallel for collapse(2) schedule(static)
  for (long long ti = 0; ti < tileRows; ++ti) {
    for (long long tj = 0; tj < tileCols; ++tj) {
      const std::size_t i0 = static_cast<std::size_t>(ti) * T, i1 = std::min(rows, i0 + T);
      const std::size_t j0 = static_cast<std::size_t>(tj) * T, j1 = std::min(cols, j0 + T);
      for (std::size_t i = i0; i < i1; ++i)
        for (std::size_t j = j0; j < j1; ++j) B[j * rows + i] = A[i * cols + j];
    }
  }
}

#include <utility>
void jacobiIterations(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
                      std::vector<double> const& b, std::vector<double>& x, size_t N, size_t iterations) {
  for (size_t it = 0; it < iterations; ++it) {
    std::vector<double> xOld = x;
    for (size_t i = 0; i < N; ++i) {
      // Split the row into its diagonal and a list of off-diagonal (column, value) pairs.
      std::vector<std::pair<int, double>> offDiagonal;
      double diag = 1.0;
      for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) {
        if (colIdx[k] == static_cast<int>(i)) diag = values[k];
        else offDiagonal.push_back({colIdx[k], values[k]});
      }
      double sum = b[i];
      for (auto const& e : offDiagonal) sum -= e.second * xOld[e.first];
      x[i] = sum / diag;
    }
  }
}

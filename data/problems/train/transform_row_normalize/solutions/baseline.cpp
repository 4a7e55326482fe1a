void normalizeRows(std::vector<double>& A, std::size_t cols) {
  const std::size_t rows = A.size() / cols;
  for (std::size_t r = 0; r < rows; ++r) {
    double* row = A.data() + r * cols;
    double sum = 0.0;
    for (std::size_t j = 0; j < cols; ++j) sum += row[j] * row[j];
    if (sum > 0.0) {
      const double inv = 1.0 / std::sqrt(sum);
      for (std::size_t j = 0; j < cols; ++j) row[j] *= inv;
    }
  }
}

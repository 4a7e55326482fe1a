void normalizeRows(std::vector<double>& A, std::size_t cols) {
  for (std::size_t r = 0; r < A.size() / cols; ++r) {
    std::vector<double> row(A.begin() + r * cols, A.begin() + (r + 1) * cols);
    double sum = 0.0;
    for (double v : row) sum += v * v;
    double norm = std::sqrt(sum);
    if (norm == 0.0) continue;
    for (std::size_t j = 0; j < cols; ++j) A[r * cols + j] = row[j] / norm;
  }
}

void transpose(std::vector<double> const& A, std::size_t rows, std::size_t cols, std::vector<double>& B) {
  for (std::size_t j = 0; j < cols; ++j)
    for (std::size_t i = 0; i < rows; ++i) B[j * rows + i] = A[i * cols + j];
}

void scaleColumns(std::vector<double>& A, std::size_t rows, std::vector<double> const& s) {
  const std::size_t cols = s.size();
  for (std::size_t j = 0; j < cols; ++j)
    for (std::size_t i = 0; i < rows; ++i) A[i * cols + j] *= s[j];
}

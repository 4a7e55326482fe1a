void summedAreaTable(std::vector<int> const& img, size_t rows, size_t cols, std::vector<long long>& sat) {
  // Prefix sums along each row, then down each column.
  for (std::size_t r = 0; r < rows; ++r) {
    long long s = 0;
    for (std::size_t c = 0; c < cols; ++c) {
      s += img[r * cols + c];
      sat[r * cols + c] = s;
    }
  }
  for (std::size_t c = 0; c < cols; ++c)
    for (std::size_t r = 1; r < rows; ++r) sat[r * cols + c] += sat[(r - 1) * cols + c];
}

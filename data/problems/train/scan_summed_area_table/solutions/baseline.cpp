void summedAreaTable(std::vector<int> const& img, size_t rows, size_t cols, std::vector<long long>& sat) {
  for (std::size_t r = 0; r < rows; ++r) {
    const int* in = img.data() + r * cols;
    long long* out = sat.data() + r * cols;
    const long long* above = r > 0 ? out - cols : nullptr;
    long long rowSum = 0;
    for (std::size_t c = 0; c < cols; ++c) {
      rowSum += in[c];
      out[c] = rowSum + (above ? above[c] : 0);
    }
  }
}

void decimalDigitCounts(std::vector<uint32_t> const& values, std::vector<size_t>& counts) {
  size_t c[10] = {};
  for (uint32_t v : values) {
    do {
      ++c[v % 10];
      v /= 10;
    } while (v != 0);
  }
  for (int d = 0; d < 10; ++d) counts[d] = c[d];
}

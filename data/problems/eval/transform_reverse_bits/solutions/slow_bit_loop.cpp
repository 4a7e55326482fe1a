void reverseBits(std::vector<std::uint32_t> const& x, std::vector<std::uint32_t>& y) {
  for (std::size_t i = 0; i < x.size(); ++i) {
    std::uint32_t v = x[i], r = 0;
    for (int b = 0; b < 32; ++b) {
      r = (r << 1) | (v & 1u);
      v >>= 1;
    }
    y[i] = r;
  }
}

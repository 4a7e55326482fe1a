void reverseBits(std::vector<std::uint32_t> const& x, std::vector<std::uint32_t>& y) {
  for (std::size_t i = 0; i < x.size(); ++i) {
    std::uint32_t v = x[i];
    v = ((v >> 1) & 0x55555555u) | ((v & 0x55555555u) << 1);
    v = ((v >> 2) & 0x33333333u) | ((v & 0x33333333u) << 2);
    v = ((v >> 4) & 0x0F0F0F0Fu) | ((v & 0x0F0F0F0Fu) << 4);
    v = ((v >> 8) & 0x00FF00FFu) | ((v & 0x00FF00FFu) << 8);
    y[i] = (v >> 16) | (v << 16);
  }
}

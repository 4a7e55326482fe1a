void channelHistograms(std::vector<uint8_t> const& rgb, std::vector<size_t>& hist) {
  size_t counts[3][256] = {};
  const std::size_t pixels = rgb.size() / 3;
  const uint8_t* p = rgb.data();
  for (std::size_t i = 0; i < pixels; ++i, p += 3) {
    ++counts[0][p[0]];
    ++counts[1][p[1]];
    ++counts[2][p[2]];
  }
  for (int c = 0; c < 3; ++c)
    for (int v = 0; v < 256; ++v) hist[256 * c + v] = counts[c][v];
}

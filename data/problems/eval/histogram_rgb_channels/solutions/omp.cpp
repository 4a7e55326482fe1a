#include <cstring>
void channelHistograms(std::vector<uint8_t> const& rgb, std::vector<size_t>& hist) {
  const std::size_t pixels = rgb.size() / 3;
  const uint8_t* data = rgb.data();
  for (auto& h : hist) h = 0;
  #pragma omp parallel
  {
    size_t counts[3][256];
    std::memset(counts, 0, sizeof counts);
    #pragma omp for nowait
    for (std::size_t i = 0; i < pixels; ++i) {
      const uint8_t* p = data + 3 * i;
      ++counts[0][p[0]];
      ++counts[1][p[1]];
      ++counts[2][p[2]];
    }
    #pragma omp critical
    for (int c = 0; c < 3; ++c)
      for (int v = 0; v < 256; ++v) hist[256 * c + v] += counts[c][v];
  }
}

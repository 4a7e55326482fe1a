#include <algorithm>
#include <cstddef>

void sortBytes(std::vector<std::uint8_t>& data) {
  const std::size_t n = data.size();
  const int chunks = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(n / 64) + 1));
  // One count array per chunk (each accumulated from four interleaved arrays); chunk c then
  // writes its share of every byte value after the shares of the chunks before it.
  std::vector<std::size_t> count(static_cast<std::size_t>(chunks) * 256, 0);
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c) {
    std::size_t h[4][256] = {};
    std::size_t i = n * c / chunks;
    const std::size_t end = n * (c + 1) / chunks;
    for (; i + 4 <= end; i += 4) {
      ++h[0][data[i]];
      ++h[1][data[i + 1]];
      ++h[2][data[i + 2]];
      ++h[3][data[i + 3]];
    }
    for (; i < end; ++i) ++h[0][data[i]];
    for (int v = 0; v < 256; ++v) count[c * 256 + v] = h[0][v] + h[1][v] + h[2][v] + h[3][v];
  }
  std::vector<std::size_t> start(static_cast<std::size_t>(chunks) * 256);
  std::size_t pos = 0;
  for (int v = 0; v < 256; ++v)
    for (int c = 0; c < chunks; ++c) {
      start[c * 256 + v] = pos;
      pos += count[c * 256 + v];
    }
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c)
    for (int v = 0; v < 256; ++v)
      std::fill_n(data.begin() + start[c * 256 + v], count[c * 256 + v], static_cast<std::uint8_t>(v));
}

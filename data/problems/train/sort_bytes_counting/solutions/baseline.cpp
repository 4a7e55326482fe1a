#include <algorithm>
#include <cstddef>

void sortBytes(std::vector<std::uint8_t>& data) {
  // Four count arrays, so that runs of equal bytes do not serialize on one counter.
  std::size_t count[4][256] = {};
  const std::size_t n = data.size();
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    ++count[0][data[i]];
    ++count[1][data[i + 1]];
    ++count[2][data[i + 2]];
    ++count[3][data[i + 3]];
  }
  for (; i < n; ++i) ++count[0][data[i]];
  auto out = data.begin();
  for (int v = 0; v < 256; ++v) {
    std::size_t c = count[0][v] + count[1][v] + count[2][v] + count[3][v];
    out = std::fill_n(out, c, static_cast<std::uint8_t>(v));
  }
}

#include <algorithm>
#include <cstddef>

void sortBytes(std::vector<std::uint8_t>& data) {
  std::size_t count[256] = {0};
  for (std::uint8_t b : data) ++count[b];
  auto out = data.begin();
  for (int v = 0; v < 256; ++v) out = std::fill_n(out, count[v], static_cast<std::uint8_t>(v));
}

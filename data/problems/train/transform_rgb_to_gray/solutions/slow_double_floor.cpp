#include <cmath>

void toGray(std::vector<Pixel> const& pixels, std::vector<std::uint8_t>& gray) {
  for (std::size_t i = 0; i < pixels.size(); ++i) {
    double weighted = 77.0 * pixels[i].r + 150.0 * pixels[i].g + 29.0 * pixels[i].b + 128.0;
    gray[i] = static_cast<std::uint8_t>(std::floor(weighted / 256.0));
  }
}

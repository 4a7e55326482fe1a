#include "pf_problem.hpp"

namespace problem {
// case 0: random pixels (the timing input); case 1: pure red, green, blue, black and white;
// case 2: gray pixels (r = g = b, so gray equals the channel); case 3: dark pixels (channels 0..3).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.pixels.resize(n);
  a.gray.assign(n, 1);  // a correct function overwrites every entry
  for (auto& p : a.pixels) {
    std::uint64_t bits = rng.next();
    p.r = static_cast<std::uint8_t>(bits);
    p.g = static_cast<std::uint8_t>(bits >> 8);
    p.b = static_cast<std::uint8_t>(bits >> 16);
    if (kase == 1) {
      static const Pixel pure[] = {{255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {0, 0, 0}, {255, 255, 255}};
      p = pure[rng.uniform_int(0, 4)];
    } else if (kase == 2) {
      p.g = p.b = p.r;
    } else if (kase == 3) {
      p.r &= 3;
      p.g &= 3;
      p.b &= 3;
    }
  }
}
}  // namespace problem

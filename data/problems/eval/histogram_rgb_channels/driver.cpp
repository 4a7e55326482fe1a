#include "pf_problem.hpp"

namespace problem {
// n = number of pixels. case 0: random bytes (timing input); case 1: a solid color (one bin per
// channel); case 2: only the values 0 and 255 (the first and last bin of each channel);
// case 3: a gray ramp (R = G = B, every value of a channel in turn).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  const std::size_t bytes = 3 * n;
  a.rgb.resize(bytes);
  if (kase == 0) {
    std::size_t i = 0;
    for (; i + 8 <= bytes; i += 8) {
      std::uint64_t r = rng.next();
      for (int k = 0; k < 8; ++k) a.rgb[i + k] = static_cast<std::uint8_t>(r >> (8 * k));
    }
    for (; i < bytes; ++i) a.rgb[i] = static_cast<std::uint8_t>(rng.next());
  } else if (kase == 1) {
    std::uint64_t r = rng.next();
    for (std::size_t i = 0; i < bytes; ++i) a.rgb[i] = static_cast<std::uint8_t>(r >> (8 * (i % 3)));
  } else if (kase == 2) {
    for (std::size_t i = 0; i < bytes; ++i) a.rgb[i] = rng.coin(0.3) ? 255 : 0;
  } else {
    std::size_t start = static_cast<std::size_t>(rng.uniform_int(0, 255));
    for (std::size_t p = 0; p < n; ++p)
      a.rgb[3 * p] = a.rgb[3 * p + 1] = a.rgb[3 * p + 2] = static_cast<std::uint8_t>(start + p);
  }
  a.hist.assign(768, 424242);  // an untouched output fails
}
}  // namespace problem

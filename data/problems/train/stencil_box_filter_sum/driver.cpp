#include "pf_problem.hpp"

namespace problem {
// case 0: random pixels, r = 3 (the timing input); case 1: all zero; case 2: all 255 (sums
// count the clipped window sizes), r = 2; case 3: r = 0 (out = img); case 4: one bright pixel
// and a window larger than the image.
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.n = n;
  const std::size_t nn = n * n;
  a.img.resize(nn);
  for (std::size_t k = 0; k < nn; k += 8) {  // eight random bytes per generator call
    std::uint64_t bits = rng.next();
    for (std::size_t b = 0; b < 8 && k + b < nn; ++b) a.img[k + b] = static_cast<uint8_t>(bits >> (8 * b));
  }
  a.r = 3;
  if (kase == 1) {
    a.img.assign(nn, 0);
  } else if (kase == 2) {
    a.img.assign(nn, 255);
    a.r = 2;
  } else if (kase == 3) {
    a.r = 0;
  } else if (kase == 4) {
    a.img.assign(nn, 0);
    if (nn) a.img[static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(nn) - 1))] = 200;
    a.r = static_cast<int>(n) + 2;
  }
  a.out.assign(nn, -1);
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// case 0: random pixels (the timing input); case 1: a constant image (all magnitudes 0);
// case 2: a vertical step edge at a random column; case 3: a white image with one black pixel;
// case 4: a horizontal ramp (constant gradient everywhere inside).
const int kNumCases = 5;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.n = n;
  const std::size_t nn = n * n;
  a.image.assign(nn, 0);
  if (kase == 0) {
    // eight random bytes per generator call keeps input generation cheap
    for (std::size_t k = 0; k < nn; k += 8) {
      std::uint64_t bits = rng.next();
      for (std::size_t b = 0; b < 8 && k + b < nn; ++b) a.image[k + b] = static_cast<uint8_t>(bits >> (8 * b));
    }
  } else if (kase == 1) {
    a.image.assign(nn, static_cast<uint8_t>(rng.uniform_int(0, 255)));
  } else if (kase == 2 && n) {
    const std::size_t col = static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(n) - 1));
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = col; j < n; ++j) a.image[i * n + j] = 200;
  } else if (kase == 3 && n) {
    a.image.assign(nn, 255);
    a.image[static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(nn) - 1))] = 0;
  } else if (kase == 4) {
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < n; ++j) a.image[i * n + j] = static_cast<uint8_t>(j % 256);
  }
  a.edges.assign(nn, -1.0f);
}
}  // namespace problem

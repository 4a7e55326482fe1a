#include "pf_problem.hpp"

namespace problem {
// Kernels are normalized Gaussians with radius r = 3 unless stated.
// case 0: random image (the timing input); case 1: constant image (out = the same constant);
// case 2: a single bright pixel at a random position (out = the kernel's outer product, clamped);
// case 3: radius 0 (kernel [1]: out = img); case 4: a bright border, radius 2.
const int kNumCases = 5;

static std::vector<float> gauss(int r, double sigma) {
  std::vector<float> k(2 * r + 1);
  double sum = 0.0;
  for (int t = -r; t <= r; ++t) sum += std::exp(-0.5 * t * t / (sigma * sigma));
  for (int t = -r; t <= r; ++t) k[t + r] = static_cast<float>(std::exp(-0.5 * t * t / (sigma * sigma)) / sum);
  return k;
}

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.n = n;
  const std::size_t nn = n * n;
  a.img = rng.uniform_vector<float>(nn, 0.0, 1.0);
  a.kernel = gauss(3, rng.uniform(1.0, 2.0));
  if (kase == 1) {
    a.img.assign(nn, 0.625f);
  } else if (kase == 2) {
    a.img.assign(nn, 0.0f);
    if (nn) a.img[static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(nn) - 1))] = 1.0f;
  } else if (kase == 3) {
    a.kernel = {1.0f};
  } else if (kase == 4) {
    a.img.assign(nn, 0.0f);
    for (std::size_t i = 0; i < n; ++i) a.img[i] = a.img[i * n] = a.img[(n - 1) * n + i] = 1.0f;
    a.kernel = gauss(2, 0.8);
  }
  a.out.assign(nn, -1.0f);
}
}  // namespace problem

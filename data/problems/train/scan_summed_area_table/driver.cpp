#include "pf_problem.hpp"

namespace problem {
// rows = n, cols = n + n % 3. case 0: pixel values in [0, 255] (the timing input);
// case 1: all zero; case 2: all one (sat = (r + 1)(c + 1));
// case 3: values in [-1e9, 1e9] (sums overflow 32 bits).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.rows = n;
  a.cols = n + n % 3;
  const std::size_t size = a.rows * a.cols;
  a.img.resize(size);
  for (std::size_t i = 0; i < size; ++i) {
    std::uint64_t r = rng.next();
    switch (kase) {
      case 0: a.img[i] = static_cast<int>(r & 255); break;
      case 1: a.img[i] = 0; break;
      case 2: a.img[i] = 1; break;
      default: a.img[i] = static_cast<int>(static_cast<long long>(r % 2000000001ULL) - 1000000000LL); break;
    }
  }
  // A correct function overwrites every element.
  a.sat.assign(size, -1);
}
}  // namespace problem

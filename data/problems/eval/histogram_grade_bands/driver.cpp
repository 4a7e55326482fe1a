#include "pf_problem.hpp"

namespace problem {
// case 0: uniform scores 0..100 (timing input); case 1: every score in one band, chosen at
// random (four bands empty); case 2: only band-edge scores (0, 59, 60, 69, 70, 79, 80, 89, 90,
// 100); case 3: scores 60..100 only (band F empty, the others uneven).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  static const int kEdges[] = {0, 59, 60, 69, 70, 79, 80, 89, 90, 100};
  static const int kLo[] = {0, 60, 70, 80, 90}, kHi[] = {59, 69, 79, 89, 100};
  a.scores.resize(n);
  int band = static_cast<int>(rng.uniform_int(0, 4));
  for (std::size_t i = 0; i < n; i += 2) {
    std::uint64_t r = rng.next();
    for (std::size_t k = 0; k < 2 && i + k < n; ++k) {
      std::uint64_t u = (r >> (32 * k)) & 0xffffffffULL;  // 32 random bits, no division
      int s;
      if (kase == 0) s = static_cast<int>((u * 101) >> 32);
      else if (kase == 1) s = kLo[band] + static_cast<int>((u * (kHi[band] - kLo[band] + 1)) >> 32);
      else if (kase == 2) s = kEdges[(u * 10) >> 32];
      else s = 60 + static_cast<int>((u * 41) >> 32);
      a.scores[i + k] = s;
    }
  }
  a.bands.assign(5, 987654321);  // an untouched output fails
}
}  // namespace problem

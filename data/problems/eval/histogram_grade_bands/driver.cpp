#include "pf_problem.hpp"

namespace problem {
// case 0: uniform scores 0..100 (timing input); case 1: every score in one band, chosen at
// random (four bands empty); case 2: only band-edge scores (0, 59, 60, 69, 70, 79, 80, 89, 90,
// 100); case 3: scores 60..100 only (band F empty, the others uneven).
const int kNumCases = 4;

// Integers lo + [0, span) from 32 random bits each (multiply-shift: no division, cheap).
template <class F>
void fill_pairs(std::vector<int>& v, pf::Rng& rng, F&& value_of) {
  const std::size_t n = v.size();
  std::size_t i = 0;
  for (; i + 1 < n; i += 2) {
    std::uint64_t r = rng.next();
    v[i] = value_of(r & 0xffffffffULL);
    v[i + 1] = value_of(r >> 32);
  }
  if (i < n) v[i] = value_of(rng.next() >> 32);
}

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  static const int kEdges[] = {0, 59, 60, 69, 70, 79, 80, 89, 90, 100};
  static const int kLo[] = {0, 60, 70, 80, 90}, kHi[] = {59, 69, 79, 89, 100};
  a.scores.resize(n);
  if (kase == 0) {
    fill_pairs(a.scores, rng, [](std::uint64_t u) { return static_cast<int>((u * 101) >> 32); });
  } else if (kase == 1) {
    int b = static_cast<int>(rng.uniform_int(0, 4));
    std::uint64_t span = kHi[b] - kLo[b] + 1;
    int lo = kLo[b];
    fill_pairs(a.scores, rng, [=](std::uint64_t u) { return lo + static_cast<int>((u * span) >> 32); });
  } else if (kase == 2) {
    fill_pairs(a.scores, rng, [](std::uint64_t u) { return kEdges[(u * 10) >> 32]; });
  } else {
    fill_pairs(a.scores, rng, [](std::uint64_t u) { return 60 + static_cast<int>((u * 41) >> 32); });
  }
  a.bands.assign(5, 987654321);  // an untouched output fails
}
}  // namespace problem

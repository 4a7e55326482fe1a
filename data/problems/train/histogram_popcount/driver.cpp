#include "pf_problem.hpp"

namespace problem {
// case 0: uniform random 64-bit values (timing input, counts clustered around 32); case 1: all
// zero (only counts[0]); case 2: all ones (only counts[64]); case 3: a random number 0..64 of
// consecutive set bits at a random rotation (every bin occurs).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.values.resize(n);
  for (auto& v : a.values) {
    if (kase == 0) {
      v = rng.next();
    } else if (kase == 1) {
      v = 0;
    } else if (kase == 2) {
      v = ~std::uint64_t{0};
    } else {
      std::uint64_t r = rng.next();
      unsigned k = static_cast<unsigned>((r & 0xffffffffULL) * 65 >> 32), rot = (r >> 32) & 63;
      std::uint64_t bits = k == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << k) - 1;
      v = rot ? (bits << rot) | (bits >> (64 - rot)) : bits;
    }
  }
  a.counts.assign(65, 13579);  // an untouched output fails
}
}  // namespace problem

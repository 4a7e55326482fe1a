#include "pf_problem.hpp"

namespace problem {
// n = text length. case 0: lowercase words of length 1..12 separated by one space, a few double
// spaces (timing input); case 1: only spaces (no words); case 2: one long word with no spaces;
// case 3: words of length 1..40 with runs of 1..3 spaces, leading spaces (every bin, including
// the 16+ bin).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.text.assign(n, ' ');
  if (kase == 1) {
    // all spaces
  } else if (kase == 2) {
    for (std::size_t i = 0; i < n; ++i) a.text[i] = static_cast<char>('a' + rng.uniform_int(0, 25));
  } else {
    std::size_t i = kase == 3 ? static_cast<std::size_t>(rng.uniform_int(0, 2)) : 0;
    const std::uint64_t max_len = kase == 3 ? 40 : 12;
    while (i < n) {
      std::uint64_t r = rng.next();
      std::size_t len = 1 + static_cast<std::size_t>(((r & 0xffffffffULL) * max_len) >> 32);
      for (std::size_t k = 0; k < len && i < n; ++k, ++i) a.text[i] = static_cast<char>('a' + ((r >> (32 + 2 * k)) & 15));
      std::size_t gap = kase == 3 ? 1 + static_cast<std::size_t>(((r >> 56) * 3) >> 8) : 1 + ((r >> 60) == 0);
      i += gap;  // spaces are already there
    }
  }
  a.counts.assign(16, 77777);  // an untouched output fails
}
}  // namespace problem

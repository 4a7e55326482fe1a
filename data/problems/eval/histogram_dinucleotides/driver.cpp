#include "pf_problem.hpp"

namespace problem {
// n = sequence length. case 0: uniform random letters (timing input); case 1: a single repeated
// letter (one nonzero count); case 2: "CG" islands: only C and G, mostly alternating;
// case 3: a random repeat of a short motif (many pairs never occur).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  static const char kLetters[4] = {'A', 'C', 'G', 'T'};
  a.dna.resize(n);
  if (kase == 0) {
    std::size_t i = 0;
    for (; i + 32 <= n; i += 32) {
      std::uint64_t r = rng.next();
      for (int k = 0; k < 32; ++k) a.dna[i + k] = kLetters[(r >> (2 * k)) & 3];
    }
    for (; i < n; ++i) a.dna[i] = kLetters[rng.next() & 3];
  } else if (kase == 1) {
    char c = kLetters[rng.uniform_int(0, 3)];
    for (auto& ch : a.dna) ch = c;
  } else if (kase == 2) {
    for (std::size_t i = 0; i < n; ++i) a.dna[i] = ((i & 1) ^ rng.coin(0.1)) ? 'G' : 'C';
  } else {
    std::string motif(static_cast<std::size_t>(rng.uniform_int(1, 5)), 'A');
    for (auto& ch : motif) ch = kLetters[rng.uniform_int(0, 3)];
    for (std::size_t i = 0; i < n; ++i) a.dna[i] = motif[i % motif.size()];
  }
  a.counts.assign(16, 55555);  // an untouched output fails
}
}  // namespace problem

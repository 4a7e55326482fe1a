#include "pf_problem.hpp"

namespace problem {
// case 0: random lowercase text with lines of 0..80 characters (the timing input);
// case 1: no newline at all (line = 0, column = i); case 2: only newlines (line = i, column = 0);
// case 3: newline with probability 1/2 (many empty lines), text starting and ending with '\n'.
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.text.assign(n, 'a');
  std::size_t nextBreak = rng.next() % 81;
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    char c = static_cast<char>('a' + r % 26);
    switch (kase) {
      case 0:
        if (nextBreak == 0) {
          c = '\n';
          nextBreak = (r >> 8) % 81 + 1;
        }
        --nextBreak;
        break;
      case 1: break;
      case 2: c = '\n'; break;
      default: c = (r >> 63) ? '\n' : c; break;
    }
    a.text[i] = c;
  }
  if (kase == 3 && n > 0) {
    a.text[0] = '\n';
    a.text[n - 1] = '\n';
  }
  // Untouched outputs fail.
  a.line.assign(n, -1);
  a.column.assign(n, -1);
}
}  // namespace problem

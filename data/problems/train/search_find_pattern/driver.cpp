#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// A DNA text (letters ACGT) and a random pattern of 12 letters, with every accidental occurrence
// removed; then by case: case 0: planted at about 90% of the text (the timing input);
// case 1: absent (-1); case 2: planted at index 0; case 3: planted at the very end;
// case 4: a periodic pattern "ACAC..." planted twice, overlapping (the first one counts);
// case 5: a one-letter pattern that occurs only in the second half.
const int kNumCases = 6;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  static const char kLetters[4] = {'A', 'C', 'G', 'T'};
  a.text.resize(n);
  for (std::size_t i = 0; i < n; ++i) a.text[i] = kLetters[rng.next() & 3];
  std::size_t m = 12;
  a.pattern.resize(m);
  for (std::size_t k = 0; k < m; ++k) a.pattern[k] = kLetters[rng.next() & 3];
  if (kase == 4)
    for (std::size_t k = 0; k < m; ++k) a.pattern[k] = (k % 2 == 0) ? 'A' : 'C';
  if (kase == 5) {
    a.pattern = "N";
    for (std::size_t i = 0; i < n; ++i)
      if (i >= n / 2 && rng.coin(0.01)) a.text[i] = 'N';
    if (n > 0) a.text[n - 1] = 'N';
    return;
  }
  // Remove accidental occurrences (changing the last letter; rescan around the change).
  std::size_t pos = a.text.find(a.pattern);
  while (pos != std::string::npos) {
    char& c = a.text[pos + m - 1];
    c = c == 'A' ? 'G' : 'A';
    pos = a.text.find(a.pattern, pos >= m ? pos - m + 1 : 0);
  }
  auto plant = [&](std::size_t at) {
    if (at + m <= n) std::copy(a.pattern.begin(), a.pattern.end(), a.text.begin() + static_cast<std::ptrdiff_t>(at));
  };
  switch (kase) {
    case 0: plant(n * 9 / 10); break;
    case 1: break;
    case 2: plant(0); break;
    case 3: if (n >= m) plant(n - m); break;
    default: {
      std::size_t at = n / 3;
      plant(at + 2);
      plant(at);
      break;
    }
  }
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// n = length of s (at least 1). Text is made of '(' , ')' and 'x'. By case:
// case 0: open near the start, its match at about 90% of the text (the timing input);
// case 1: the bracket is never closed (-1); case 2: it closes immediately ("()");
// case 3: its match is the last character; case 4: open = 0, brackets nested n/2 deep.
const int kNumCases = 5;

namespace {
char randomChar(pf::Rng& rng) {
  std::uint64_t r = rng.next() % 10;
  return r < 3 ? 'x' : r < 6 ? '(' : ')';
}
// Text inside the bracket: its depth (1 = just inside) never drops to 0; if closeAt < s.size(),
// the depth is back to 1 at closeAt, where the matching ')' goes.
void fillInner(std::string& s, std::size_t from, std::size_t closeAt, pf::Rng& rng) {
  const bool closes = closeAt < s.size();
  const std::size_t to = closes ? closeAt : s.size();
  long long need = 0;  // closing brackets still needed to get back to depth 1
  for (std::size_t i = from; i < to; ++i) {
    char c = randomChar(rng);
    if (c == ')' && need == 0) c = 'x';
    if (closes) {
      const long long left = static_cast<long long>(to - i);  // slots left, including this one
      if (need == left) c = ')';
      else if (need == left - 1 && c == '(') c = 'x';
    }
    need += (c == '(') - (c == ')');
    s[i] = c;
  }
  if (closes) s[closeAt] = ')';
}
}  // namespace

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.s.assign(n, 'x');
  a.open = 0;
  if (n == 0) return;
  if (kase == 4) {
    for (std::size_t i = 0; i < n / 2; ++i) a.s[i] = '(';
    for (std::size_t i = n / 2; i < n; ++i) a.s[i] = ')';
    a.s[0] = '(';
    return;
  }
  a.open = kase == 0 ? n / 20 : static_cast<std::size_t>(rng.next() % (n / 2 + 1));
  for (std::size_t i = 0; i < a.open; ++i) a.s[i] = randomChar(rng);
  a.s[a.open] = '(';
  std::size_t closeAt;
  switch (kase) {
    case 0: closeAt = n * 9 / 10 > a.open ? n * 9 / 10 : n; break;
    case 1: closeAt = n; break;  // never closed
    case 2: closeAt = a.open + 1; break;
    default: closeAt = n - 1 > a.open ? n - 1 : n; break;
  }
  fillInner(a.s, a.open + 1, closeAt, rng);
  for (std::size_t i = closeAt + 1; i < n; ++i) a.s[i] = randomChar(rng);
}
}  // namespace problem

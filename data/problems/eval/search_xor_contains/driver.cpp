#include "pf_problem.hpp"

namespace problem {
// n is the size of x and of y. Values are random in [0, 2^30); val is removed from both vectors
// and then planted according to the case:
// case 0: in x at a random position in its second half, not in y (true; the timing input);
// case 1: in neither (false); case 2: in y only, at a random position (true);
// case 3: in both, at random positions (false); case 4: in x only, at index 0 and at the end (true).
const int kNumCases = 5;

namespace {
void fill(std::vector<int>& v, std::size_t n, pf::Rng& rng, int val) {
  v.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    int r = static_cast<int>(rng.next() >> 34);
    v[i] = r == val ? r ^ 1 : r;
  }
}
std::size_t pick(pf::Rng& rng, std::size_t lo, std::size_t hi) {  // in [lo, hi)
  return lo + static_cast<std::size_t>(rng.next() % (hi - lo));
}
}  // namespace

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.val = static_cast<int>(rng.next() >> 34);
  fill(a.x, n, rng, a.val);
  fill(a.y, n, rng, a.val);
  if (n == 0) return;
  switch (kase) {
    case 0: a.x[pick(rng, n / 2, n)] = a.val; break;
    case 1: break;
    case 2: a.y[pick(rng, 0, n)] = a.val; break;
    case 3:
      a.x[pick(rng, 0, n)] = a.val;
      a.y[pick(rng, 0, n)] = a.val;
      break;
    default:
      a.x[0] = a.val;
      a.x[n - 1] = a.val;
      break;
  }
}
}  // namespace problem

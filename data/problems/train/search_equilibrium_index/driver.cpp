#include "pf_problem.hpp"

namespace problem {
// Cases 0-2 use positive values, so the left sum grows strictly and at most one index balances.
// case 0: balanced at p = 0.9 n (the timing input); case 1: off by one after p (no answer: -1);
// case 2: balanced at a random p; case 3: all zero (every index balances: answer 0);
// case 4: values in [-50, 50], the right part mirrors the left part around a random p.
const int kNumCases = 5;

namespace {
// Fills x[from..to) with values >= 1 that sum to exactly target (target >= to - from).
void fillWithSum(std::vector<int>& x, std::size_t from, std::size_t to, long long target, pf::Rng& rng) {
  long long left = target;
  for (std::size_t i = from; i < to; ++i) {
    const long long slots = static_cast<long long>(to - i);
    if (slots == 1) {
      x[i] = static_cast<int>(left);
      break;
    }
    const long long avg = left / slots;
    long long v = 1 + static_cast<long long>(rng.next() % static_cast<std::uint64_t>(2 * avg > 1 ? 2 * avg - 1 : 1));
    if (left - v < slots - 1) v = left - (slots - 1);
    x[i] = static_cast<int>(v);
    left -= v;
  }
}
}  // namespace

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.x.resize(n);
  if (n == 0) return;
  if (kase == 3) {
    for (auto& v : a.x) v = 0;
    return;
  }
  if (kase == 4) {
    std::size_t p = rng.next() % n;
    for (auto& v : a.x) v = static_cast<int>(rng.next() % 101) - 50;
    for (std::size_t k = 1; p + k < n && k <= p; ++k) a.x[p + k] = a.x[p - k];
    return;
  }
  const std::size_t p = kase == 2 ? rng.next() % n : n * 9 / 10;
  long long left = 0;
  for (std::size_t i = 0; i < p; ++i) {
    a.x[i] = 1 + static_cast<int>(rng.next() % 100);
    left += a.x[i];
  }
  a.x[p] = 1 + static_cast<int>(rng.next() % 100);
  const long long slots = static_cast<long long>(n - 1 - p);
  if (slots == 0) return;  // balanced only if nothing is before p either (n == 1)
  if (p == 0) {
    for (std::size_t i = 1; i < n; ++i) a.x[i] = 1 + static_cast<int>(rng.next() % 100);
    return;
  }
  const long long k = kase == 1 ? 1 : 0;  // right side heavier by k
  if (left + k < slots) {
    // Too little weight on the left for `slots` positive values: make x[0] heavier.
    a.x[0] += static_cast<int>(slots - (left + k));
    left = slots - k;
  }
  const long long target = left + k;
  fillWithSum(a.x, p + 1, n, target, rng);
}
}  // namespace problem

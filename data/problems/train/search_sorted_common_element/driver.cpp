#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// n = size of a = size of b. a holds even and b odd values, both increasing by random gaps, so
// they share nothing until a value is planted (keeping both sorted). By case:
// case 0: one common value about 90% of the way through both (true; the timing input);
// case 1: nothing common (false); case 2: a[0] == b[0] (true); case 3: a[n-1] == b[n-1] (true);
// case 4: a and b are one repeated value each, equal (true);
// case 5: every element of a is below every element of b (false).
const int kNumCases = 6;

namespace {
// Makes v (= some b[j] + 1, even) an element of a while keeping a sorted.
void plantInA(std::vector<int>& a, int v) {
  std::size_t k = static_cast<std::size_t>(std::lower_bound(a.begin(), a.end(), v) - a.begin());
  if (k == a.size()) k = a.size() - 1;
  a[k] = v;
}
}  // namespace

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.a.resize(n);
  a.b.resize(n);
  long long va = 2 * rng.uniform_int(-1000, 1000), vb = 2 * rng.uniform_int(-1000, 1000) + 1;
  if (kase == 5) vb += 10 * static_cast<long long>(n) + 10;
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t r = rng.next();
    a.a[i] = static_cast<int>(va);
    a.b[i] = static_cast<int>(vb);
    if (kase != 4) {
      va += 2 * static_cast<long long>(r & 3);  // gaps 0..6: duplicates happen
      vb += 2 * static_cast<long long>((r >> 8) & 3);
    }
  }
  if (n == 0) return;
  switch (kase) {
    case 0: {
      std::size_t j = n * 9 / 10;
      // b[j] + 1 is even and still below b[j + 1] (odd), so b stays sorted after this.
      plantInA(a.a, a.b[j] + 1);
      break;
    }
    case 2: a.a[0] = a.b[0] = std::min(a.a[0], a.b[0]) - 1; break;
    case 3: a.a[n - 1] = a.b[n - 1] = std::max(a.a[n - 1], a.b[n - 1]) + 1; break;
    case 4: std::fill(a.b.begin(), a.b.end(), a.a[0]); break;
    default: break;
  }
}
}  // namespace problem

#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// n = rows = cols; 10 n queries. mat[r][c] = max(above, left) + a gap in [1, 3] (strictly sorted).
// case 0: half the queries copied from random cells, half random values in the range
//         (mostly absent; the timing input); case 1: every query copied from a cell (all found);
// case 2: every query outside the range of mat (none found);
// case 3: the four corners and their neighbours plus/minus one (found at the ends of the walk).
const int kNumCases = 4;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.rows = n;
  a.cols = n;
  a.mat.assign(n * n, 0);
  const int base = static_cast<int>(rng.uniform_int(-1000, 1000));
  for (std::size_t r = 0; r < n; ++r) {
    for (std::size_t c = 0; c < n; ++c) {
      int prev = base;
      if (r > 0) prev = a.mat[(r - 1) * n + c];
      if (c > 0) prev = std::max(prev, a.mat[r * n + c - 1]);
      a.mat[r * n + c] = prev + 1 + static_cast<int>(rng.next() % 3);
    }
  }
  const std::size_t q = 10 * n;
  a.queries.resize(q);
  const int lo = n ? a.mat.front() : 0, hi = n ? a.mat.back() : 0;
  for (std::size_t j = 0; j < q; ++j) {
    std::uint64_t r = rng.next();
    const int cell = n ? a.mat[(r >> 8) % (n * n)] : 0;
    switch (kase) {
      case 0: a.queries[j] = (r & 1) ? cell : lo + static_cast<int>((r >> 8) % static_cast<std::uint64_t>(hi - lo + 1)); break;
      case 1: a.queries[j] = cell; break;
      case 2: a.queries[j] = (r & 1) ? lo - 1 - static_cast<int>((r >> 8) % 100) : hi + 1 + static_cast<int>((r >> 8) % 100); break;
      default: {
        const int corners[4] = {a.mat[0], a.mat[n - 1], a.mat[(n - 1) * n], a.mat[n * n - 1]};
        a.queries[j] = corners[j % 4] + static_cast<int>((j / 4) % 3) - 1;
        break;
      }
    }
  }
  // An untouched output fails.
  a.found.assign(q, 7);
}
}  // namespace problem

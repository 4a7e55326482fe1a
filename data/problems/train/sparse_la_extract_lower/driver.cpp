#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// case 0: 0-12 entries per row, 3/4 within a band around the diagonal (the timing input);
// case 1: a strictly upper triangular matrix (L has no entries at all);
// case 2: a lower triangular matrix with its diagonal (L = A).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.N = n;
  const std::int64_t nn = static_cast<std::int64_t>(n);
  a.rowPtr.assign(1, 0);
  a.colIdx.clear();
  std::vector<int> cols;
  for (std::size_t i = 0; i < n; ++i) {
    cols.clear();
    const std::int64_t ii = static_cast<std::int64_t>(i);
    int cnt = static_cast<int>(rng.uniform_int(0, 12));
    for (int c = 0; c < cnt; ++c) {
      std::int64_t j;
      if (kase == 1) {
        if (ii + 1 >= nn) break;
        j = rng.uniform_int(ii + 1, nn - 1);
      } else if (kase == 2) {
        j = rng.uniform_int(0, ii);
      } else {
        j = rng.coin(0.75) ? ii + rng.uniform_int(-100, 100) : rng.uniform_int(0, nn - 1);
        j = std::min(std::max<std::int64_t>(j, 0), nn - 1);
      }
      cols.push_back(static_cast<int>(j));
    }
    if (kase == 2) cols.push_back(static_cast<int>(i));
    std::sort(cols.begin(), cols.end());
    cols.erase(std::unique(cols.begin(), cols.end()), cols.end());
    a.colIdx.insert(a.colIdx.end(), cols.begin(), cols.end());
    a.rowPtr.push_back(static_cast<int>(a.colIdx.size()));
  }
  a.values = rng.uniform_vector<double>(a.colIdx.size(), -1.0, 1.0);
  a.lRowPtr.assign(4, 2);
  a.lColIdx.assign(2, 0);
  a.lValues.assign(2, 1.0);
}
}  // namespace problem

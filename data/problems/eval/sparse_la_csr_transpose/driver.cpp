#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// n = M (rows), N = n + n/2 columns.
// case 0: 0-16 nonzeros per row, 3/4 within a band around the diagonal (timing input);
// case 1: a matrix without nonzeros (every row of the transpose empty);
// case 2: each row holds a single nonzero in one of the first few columns (most rows of the
//         transpose empty, a few long ones).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.M = n;
  a.N = n + n / 2;
  const std::int64_t ncols = static_cast<std::int64_t>(a.N);
  a.rowPtr.assign(1, 0);
  a.colIdx.clear();
  a.values.clear();
  std::vector<int> cols;
  for (std::size_t i = 0; i < n; ++i) {
    cols.clear();
    if (kase == 2) {
      cols.push_back(static_cast<int>(rng.uniform_int(0, std::min<std::int64_t>(ncols, 4) - 1)));
    } else if (kase == 0) {
      int cnt = static_cast<int>(rng.uniform_int(0, 16));
      for (int c = 0; c < cnt; ++c) {
        std::int64_t j;
        if (rng.coin(0.75)) j = static_cast<std::int64_t>(i) + rng.uniform_int(-500, 500);
        else j = rng.uniform_int(0, ncols - 1);
        j = std::min(std::max<std::int64_t>(j, 0), ncols - 1);
        cols.push_back(static_cast<int>(j));
      }
      std::sort(cols.begin(), cols.end());
      cols.erase(std::unique(cols.begin(), cols.end()), cols.end());
    }
    for (int j : cols) {
      a.colIdx.push_back(j);
      a.values.push_back(rng.uniform(-1.0, 1.0));
    }
    a.rowPtr.push_back(static_cast<int>(a.colIdx.size()));
  }
  a.tRowPtr.assign(1, 7);
  a.tColIdx.assign(3, 1);
  a.tValues.assign(3, 1.0);
}
}  // namespace problem

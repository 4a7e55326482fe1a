#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// case 0: diagonal plus 0-14 off-diagonal entries per row (the timing input);
// case 1: a diagonal matrix (B holds the signs of the diagonal, +-1);
// case 2: unit diagonal (B = A off the diagonal).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.N = n;
  const std::int64_t nn = static_cast<std::int64_t>(n);
  a.rowPtr.assign(1, 0);
  a.colIdx.clear();
  a.values.clear();
  std::vector<int> cols;
  for (std::size_t i = 0; i < n; ++i) {
    cols.clear();
    cols.push_back(static_cast<int>(i));
    int cnt = kase == 1 ? 0 : static_cast<int>(rng.uniform_int(0, 14));
    for (int c = 0; c < cnt; ++c) {
      std::int64_t j = rng.coin(0.75) ? static_cast<std::int64_t>(i) + rng.uniform_int(-300, 300) : rng.uniform_int(0, nn - 1);
      cols.push_back(static_cast<int>(std::min(std::max<std::int64_t>(j, 0), nn - 1)));
    }
    std::sort(cols.begin(), cols.end());
    cols.erase(std::unique(cols.begin(), cols.end()), cols.end());
    for (int j : cols) {
      a.colIdx.push_back(j);
      double v;
      if (j == static_cast<int>(i)) v = kase == 2 ? 1.0 : rng.uniform(0.5, 50.0) * (rng.coin() ? 1.0 : -1.0);
      else v = rng.uniform(-1.0, 1.0);
      a.values.push_back(v);
    }
    a.rowPtr.push_back(static_cast<int>(a.colIdx.size()));
  }
  a.scaled.assign(a.values.size(), 0.0);
}
}  // namespace problem

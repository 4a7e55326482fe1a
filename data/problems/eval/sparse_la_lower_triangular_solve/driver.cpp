#include "pf_problem.hpp"

#include <algorithm>
#include <cmath>

namespace problem {
// case 0: 0-8 off-diagonal entries per row at random earlier columns, dominant diagonal
//         (the timing input);
// case 1: a diagonal matrix (x = b / diag);
// case 2: a lower bidiagonal chain (every row depends on the previous one).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.N = n;
  a.rowPtr.assign(1, 0);
  a.colIdx.clear();
  a.values.clear();
  std::vector<int> cols;
  for (std::size_t i = 0; i < n; ++i) {
    cols.clear();
    if (kase == 0 && i > 0) {
      int cnt = static_cast<int>(rng.uniform_int(0, 8));
      for (int c = 0; c < cnt; ++c) cols.push_back(static_cast<int>(rng.uniform_int(0, static_cast<std::int64_t>(i) - 1)));
      std::sort(cols.begin(), cols.end());
      cols.erase(std::unique(cols.begin(), cols.end()), cols.end());
    } else if (kase == 2 && i > 0) {
      cols.push_back(static_cast<int>(i) - 1);
    }
    double off = 0.0;
    for (int j : cols) {
      double v = rng.uniform(-1.0, 1.0);
      off += std::fabs(v);
      a.colIdx.push_back(j);
      a.values.push_back(v);
    }
    double d = off * rng.uniform(1.2, 2.0) + rng.uniform(0.5, 1.0);
    a.colIdx.push_back(static_cast<int>(i));
    a.values.push_back(rng.coin() ? d : -d);
    a.rowPtr.push_back(static_cast<int>(a.colIdx.size()));
  }
  a.b = rng.uniform_vector<double>(n, -1.0, 1.0);
  a.x.assign(n, 0.0);
}
}  // namespace problem

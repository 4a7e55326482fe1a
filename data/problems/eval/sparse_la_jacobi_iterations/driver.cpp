#include "pf_problem.hpp"

#include <algorithm>
#include <cmath>

namespace problem {
// case 0: 1-12 off-diagonal nonzeros per row, mostly near the diagonal, 20 iterations
//         (the timing input);
// case 1: the same kind of matrix, a single iteration from a random guess;
// case 2: a diagonal matrix (the answer b / diag after any positive number of iterations),
//         3 iterations.
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.N = n;
  a.iterations = kase == 0 ? 20 : kase == 1 ? 1 : 3;
  const std::int64_t nn = static_cast<std::int64_t>(n);
  a.rowPtr.assign(1, 0);
  a.colIdx.clear();
  a.values.clear();
  std::vector<int> cols;
  std::vector<double> vals;
  for (std::size_t i = 0; i < n; ++i) {
    cols.clear();
    if (kase != 2) {
      int cnt = static_cast<int>(rng.uniform_int(1, 12));
      for (int c = 0; c < cnt; ++c) {
        std::int64_t j = rng.coin(0.8) ? static_cast<std::int64_t>(i) + rng.uniform_int(-300, 300)
                                        : rng.uniform_int(0, nn - 1);
        j = std::min(std::max<std::int64_t>(j, 0), nn - 1);
        cols.push_back(static_cast<int>(j));
      }
    }
    cols.push_back(static_cast<int>(i));
    std::sort(cols.begin(), cols.end());
    cols.erase(std::unique(cols.begin(), cols.end()), cols.end());
    double off = 0.0;
    std::size_t diagPos = 0;
    vals.assign(cols.size(), 0.0);
    for (std::size_t k = 0; k < cols.size(); ++k) {
      if (cols[k] == static_cast<int>(i)) { diagPos = k; continue; }
      vals[k] = rng.uniform(-1.0, 1.0);
      off += std::fabs(vals[k]);
    }
    double d = off * rng.uniform(1.2, 2.0) + rng.uniform(0.5, 1.0);
    vals[diagPos] = rng.coin() ? d : -d;
    for (std::size_t k = 0; k < cols.size(); ++k) {
      a.colIdx.push_back(cols[k]);
      a.values.push_back(vals[k]);
    }
    a.rowPtr.push_back(static_cast<int>(a.colIdx.size()));
  }
  a.b = rng.uniform_vector<double>(n, -1.0, 1.0);
  a.x = rng.uniform_vector<double>(n, -1.0, 1.0);
}
}  // namespace problem

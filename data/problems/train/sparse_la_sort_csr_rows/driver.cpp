#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// n = number of rows, columns drawn from [0, 4n + 8).
// case 0: 0-48 entries per row in random order (the timing input);
// case 1: rows already sorted (nothing may move); case 2: rows in decreasing order.
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.rowPtr.assign(1, 0);
  a.colIdx.clear();
  std::vector<int> cols;
  const std::int64_t ncols = 4 * static_cast<std::int64_t>(n) + 8;
  for (std::size_t i = 0; i < n; ++i) {
    cols.clear();
    int cnt = static_cast<int>(rng.uniform_int(0, 48));
    for (int c = 0; c < cnt; ++c) cols.push_back(static_cast<int>(rng.uniform_int(0, ncols - 1)));
    std::sort(cols.begin(), cols.end());
    cols.erase(std::unique(cols.begin(), cols.end()), cols.end());
    if (kase == 0) rng.shuffle(cols);
    if (kase == 2) std::reverse(cols.begin(), cols.end());
    a.colIdx.insert(a.colIdx.end(), cols.begin(), cols.end());
    a.rowPtr.push_back(static_cast<int>(a.colIdx.size()));
  }
  a.values = rng.uniform_vector<double>(a.colIdx.size(), -1.0, 1.0);
}
}  // namespace problem

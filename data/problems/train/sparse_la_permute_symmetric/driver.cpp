#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// case 0: a random permutation (the timing input); case 1: the identity (B = A);
// case 2: the reversal i -> N-1-i.
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.N = n;
  const std::int64_t nn = static_cast<std::int64_t>(n);
  a.rowPtr.assign(1, 0);
  a.colIdx.clear();
  std::vector<int> cols;
  for (std::size_t i = 0; i < n; ++i) {
    cols.clear();
    int cnt = static_cast<int>(rng.uniform_int(0, 16));
    for (int c = 0; c < cnt; ++c) {
      std::int64_t j = rng.coin(0.75) ? static_cast<std::int64_t>(i) + rng.uniform_int(-100, 100) : rng.uniform_int(0, nn - 1);
      cols.push_back(static_cast<int>(std::min(std::max<std::int64_t>(j, 0), nn - 1)));
    }
    std::sort(cols.begin(), cols.end());
    cols.erase(std::unique(cols.begin(), cols.end()), cols.end());
    a.colIdx.insert(a.colIdx.end(), cols.begin(), cols.end());
    a.rowPtr.push_back(static_cast<int>(a.colIdx.size()));
  }
  a.values = rng.uniform_vector<double>(a.colIdx.size(), -1.0, 1.0);
  a.perm.resize(n);
  for (std::size_t i = 0; i < n; ++i) a.perm[i] = static_cast<int>(kase == 2 ? n - 1 - i : i);
  if (kase == 0) rng.shuffle(a.perm);
  a.bRowPtr.assign(1, 5);
  a.bColIdx.assign(3, 0);
  a.bValues.assign(3, 0.0);
}
}  // namespace problem

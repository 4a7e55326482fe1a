#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// n = M = N. case 0: K = 16, 0-16 nonzeros per row, 3/4 within a band around the diagonal
// (the timing input); case 1: A is a permutation matrix (C is B with rows permuted), K = 16;
// case 2: K = 3 and some empty rows.
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.M = n;
  a.N = n;
  a.K = kase == 2 ? 3 : 16;
  const std::int64_t nn = static_cast<std::int64_t>(n);
  std::vector<std::size_t> perm(n);
  for (std::size_t i = 0; i < n; ++i) perm[i] = i;
  rng.shuffle(perm);
  a.rowPtr.assign(1, 0);
  a.colIdx.clear();
  a.values.clear();
  std::vector<int> cols;
  for (std::size_t i = 0; i < n; ++i) {
    cols.clear();
    if (kase == 1) {
      cols.push_back(static_cast<int>(perm[i]));
    } else {
      int cnt = static_cast<int>(rng.uniform_int(0, kase == 2 ? 4 : 16));
      for (int c = 0; c < cnt; ++c) {
        std::int64_t j = rng.coin(0.75) ? static_cast<std::int64_t>(i) + rng.uniform_int(-200, 200) : rng.uniform_int(0, nn - 1);
        cols.push_back(static_cast<int>(std::min(std::max<std::int64_t>(j, 0), nn - 1)));
      }
      std::sort(cols.begin(), cols.end());
      cols.erase(std::unique(cols.begin(), cols.end()), cols.end());
    }
    for (int j : cols) {
      a.colIdx.push_back(j);
      a.values.push_back(kase == 1 ? 1.0 : rng.uniform(-1.0, 1.0));
    }
    a.rowPtr.push_back(static_cast<int>(a.colIdx.size()));
  }
  a.B = rng.uniform_vector<double>(a.N * a.K, -1.0, 1.0);
  a.C.assign(a.M * a.K, 5.0);
}
}  // namespace problem

#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// n = M = K, N = n + n/2.
// case 0: 0-10 nonzeros per row, 3/4 within a band around the diagonal (the timing input);
// case 1: A's nonzeros only in columns whose rows of B are empty (C has no nonzeros) — B
//         has nonzeros only in even rows, A only in odd columns;
// case 2: A is diagonal (C is B with scaled rows, restricted to the first n rows).
const int kNumCases = 3;

static void random_csr(std::size_t rows, std::size_t cols, pf::Rng& rng, int maxPerRow, int parity, int rowParity,
                       std::vector<int>& ptr, std::vector<int>& idx, std::vector<double>& val) {
  ptr.assign(1, 0);
  idx.clear();
  val.clear();
  std::vector<int> cs;
  const std::int64_t nc = static_cast<std::int64_t>(cols);
  for (std::size_t i = 0; i < rows; ++i) {
    cs.clear();
    bool rowOn = rowParity < 0 || static_cast<int>(i % 2) == rowParity;
    int cnt = rowOn && nc > 0 ? static_cast<int>(rng.uniform_int(0, maxPerRow)) : 0;
    for (int c = 0; c < cnt; ++c) {
      std::int64_t j = rng.coin(0.75) ? static_cast<std::int64_t>(i) + rng.uniform_int(-100, 100) : rng.uniform_int(0, nc - 1);
      j = std::min(std::max<std::int64_t>(j, 0), nc - 1);
      if (parity >= 0 && static_cast<int>(j % 2) != parity) j = j + 1 < nc ? j + 1 : j - 1;
      if (j < 0 || (parity >= 0 && static_cast<int>(j % 2) != parity)) continue;
      cs.push_back(static_cast<int>(j));
    }
    std::sort(cs.begin(), cs.end());
    cs.erase(std::unique(cs.begin(), cs.end()), cs.end());
    for (int j : cs) {
      idx.push_back(j);
      val.push_back(rng.uniform(-1.0, 1.0));
    }
    ptr.push_back(static_cast<int>(idx.size()));
  }
}

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.M = n;
  a.K = n;
  a.N = n + n / 2;
  if (kase == 0) {
    random_csr(a.M, a.K, rng, 10, -1, -1, a.aRowPtr, a.aColIdx, a.aValues);
    random_csr(a.K, a.N, rng, 10, -1, -1, a.bRowPtr, a.bColIdx, a.bValues);
  } else if (kase == 1) {
    random_csr(a.M, a.K, rng, 6, 1, -1, a.aRowPtr, a.aColIdx, a.aValues);
    random_csr(a.K, a.N, rng, 6, -1, 0, a.bRowPtr, a.bColIdx, a.bValues);
  } else {
    a.aRowPtr.assign(1, 0);
    a.aColIdx.clear();
    a.aValues.clear();
    for (std::size_t i = 0; i < n; ++i) {
      a.aColIdx.push_back(static_cast<int>(i));
      a.aValues.push_back(rng.uniform(0.5, 2.0));
      a.aRowPtr.push_back(static_cast<int>(i + 1));
    }
    random_csr(a.K, a.N, rng, 6, -1, -1, a.bRowPtr, a.bColIdx, a.bValues);
  }
  a.cRowPtr.assign(2, 3);
  a.cColIdx.assign(2, 0);
  a.cValues.assign(2, 1.0);
}
}  // namespace problem

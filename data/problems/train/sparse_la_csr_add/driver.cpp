#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// n = M, N = n + 7.
// case 0: 0-12 nonzeros per row in each matrix, partial overlap (the timing input);
// case 1: B has exactly the pattern of A and beta = -alpha with B = A (C is all explicit zeros);
// case 2: A has no nonzeros (C = beta B).
const int kNumCases = 3;

static void random_csr(std::size_t rows, std::size_t cols, pf::Rng& rng, int maxPerRow, std::vector<int>& ptr,
                       std::vector<int>& idx, std::vector<double>& val) {
  ptr.assign(1, 0);
  idx.clear();
  val.clear();
  std::vector<int> cs;
  const std::int64_t nc = static_cast<std::int64_t>(cols);
  for (std::size_t i = 0; i < rows; ++i) {
    cs.clear();
    int cnt = static_cast<int>(rng.uniform_int(0, maxPerRow));
    for (int c = 0; c < cnt; ++c) {
      std::int64_t j = rng.coin(0.75) ? static_cast<std::int64_t>(i) + rng.uniform_int(-20, 20) : rng.uniform_int(0, nc - 1);
      cs.push_back(static_cast<int>(std::min(std::max<std::int64_t>(j, 0), nc - 1)));
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
  a.N = n + 7;
  a.alpha = rng.uniform(0.5, 2.0);
  a.beta = rng.uniform(-2.0, -0.5);
  random_csr(a.M, a.N, rng, kase == 2 ? 0 : 12, a.aRowPtr, a.aColIdx, a.aValues);
  if (kase == 1) {
    a.bRowPtr = a.aRowPtr;
    a.bColIdx = a.aColIdx;
    a.bValues = a.aValues;
    a.beta = -a.alpha;
  } else {
    random_csr(a.M, a.N, rng, 12, a.bRowPtr, a.bColIdx, a.bValues);
  }
  a.cRowPtr.assign(3, 1);
  a.cColIdx.assign(1, 0);
  a.cValues.assign(1, 0.5);
}
}  // namespace problem

#include "pf_problem.hpp"

namespace problem {
// n = number of nonzeros of a.
// case 0: both vectors drawn from about 3n positions, partial overlap (the timing input);
// case 1: disjoint index sets (a even positions, b odd positions): the answer is 0;
// case 2: b has exactly the index set of a (full overlap) and one extra entry past the end.
const int kNumCases = 3;

static std::vector<int> increasing(std::size_t n, pf::Rng& rng, int start, int maxGap) {
  std::vector<int> idx(n);
  int cur = start;
  for (std::size_t k = 0; k < n; ++k) {
    idx[k] = cur;
    cur += static_cast<int>(rng.uniform_int(1, maxGap));
  }
  return idx;
}

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  if (kase == 0) {
    a.aIdx = increasing(n, rng, static_cast<int>(rng.uniform_int(0, 3)), 5);
    a.bIdx = increasing(n, rng, static_cast<int>(rng.uniform_int(0, 3)), 5);
  } else if (kase == 1) {
    a.aIdx = increasing(n, rng, 0, 2);
    a.bIdx = increasing(n, rng, 1, 2);
    for (auto& v : a.aIdx) v *= 2;
    for (auto& v : a.bIdx) v = 2 * v - 1;
  } else {
    a.aIdx = increasing(n, rng, static_cast<int>(rng.uniform_int(0, 3)), 4);
    a.bIdx = a.aIdx;
    a.bIdx.push_back(a.aIdx.empty() ? 0 : a.aIdx.back() + 1);
  }
  a.aVal = rng.uniform_vector<double>(a.aIdx.size(), -1.0, 1.0);
  a.bVal = rng.uniform_vector<double>(a.bIdx.size(), -1.0, 1.0);
}
}  // namespace problem

#include "pf_problem.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace problem {
// case 0: random symmetric diagonally dominant matrix, random b, 15 iterations (timing input);
// (every case uses at most n/2 iterations)
// case 1: the same kind of matrix with b = 0 (r.r = 0 at once: x stays 0);
// case 2: a diagonal matrix, 3 iterations.
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.N = n;
  // At most n/2 steps: CG on an n x n system converges after at most n steps, and iterating
  // on a round-off residual only shrinks it towards underflow.
  a.iterations = std::min<std::size_t>(kase == 0 ? 15 : kase == 1 ? 5 : 3, n / 2);
  std::vector<std::vector<std::pair<int, double>>> rows(n);
  const std::int64_t nn = static_cast<std::int64_t>(n);
  if (kase != 2) {
    for (std::size_t i = 0; i < n; ++i) {
      int cnt = static_cast<int>(rng.uniform_int(0, 5));
      for (int c = 0; c < cnt; ++c) {
        std::int64_t j = rng.coin(0.8) ? static_cast<std::int64_t>(i) + rng.uniform_int(1, 50) : rng.uniform_int(0, nn - 1);
        if (j >= nn || j == static_cast<std::int64_t>(i)) continue;
        double v = rng.uniform(-1.0, 1.0);
        rows[i].push_back({static_cast<int>(j), v});
        rows[j].push_back({static_cast<int>(i), v});
      }
    }
  }
  a.rowPtr.assign(1, 0);
  a.colIdx.clear();
  a.values.clear();
  for (std::size_t i = 0; i < n; ++i) {
    auto& r = rows[i];
    std::sort(r.begin(), r.end(), [](auto const& p, auto const& q) { return p.first < q.first; });
    // Merge duplicate positions (a pair drawn twice), then add the diagonal in order.
    double off = 0.0;
    std::vector<std::pair<int, double>> merged;
    for (auto const& e : r) {
      if (!merged.empty() && merged.back().first == e.first) merged.back().second += e.second;
      else merged.push_back(e);
    }
    for (auto const& e : merged) off += std::fabs(e.second);
    double diag = off * rng.uniform(1.5, 2.5) + rng.uniform(0.5, 1.5);
    bool placed = false;
    for (auto const& e : merged) {
      if (!placed && e.first > static_cast<int>(i)) {
        a.colIdx.push_back(static_cast<int>(i));
        a.values.push_back(diag);
        placed = true;
      }
      a.colIdx.push_back(e.first);
      a.values.push_back(e.second);
    }
    if (!placed) {
      a.colIdx.push_back(static_cast<int>(i));
      a.values.push_back(diag);
    }
    a.rowPtr.push_back(static_cast<int>(a.colIdx.size()));
  }
  if (kase == 1) a.b.assign(n, 0.0);
  else a.b = rng.uniform_vector<double>(n, -1.0, 1.0);
  a.x.assign(n, 1.5);
}
}  // namespace problem

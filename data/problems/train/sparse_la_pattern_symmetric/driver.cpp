#include "pf_problem.hpp"

#include <algorithm>

namespace problem {
// case 0: a symmetric pattern (true; the timing input);
// case 1: the same with one off-diagonal entry removed (false for n >= 2);
// case 2: the same with one off-diagonal entry whose mirror is missing (false for n >= 2).
const int kNumCases = 3;

void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase) {
  a.N = n;
  const std::int64_t nn = static_cast<std::int64_t>(n);
  std::vector<std::vector<int>> rows(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (rng.coin(0.8)) rows[i].push_back(static_cast<int>(i));
    int cnt = static_cast<int>(rng.uniform_int(0, 8));
    for (int c = 0; c < cnt; ++c) {
      std::int64_t j = rng.coin(0.75) ? static_cast<std::int64_t>(i) + rng.uniform_int(-100, 100) : rng.uniform_int(0, nn - 1);
      j = std::min(std::max<std::int64_t>(j, 0), nn - 1);
      if (j == static_cast<std::int64_t>(i)) continue;
      rows[i].push_back(static_cast<int>(j));
      rows[j].push_back(static_cast<int>(i));
    }
  }
  if (n >= 2) {  // at least one off-diagonal pair
    rows[0].push_back(1);
    rows[1].push_back(0);
  }
  for (auto& r : rows) {
    std::sort(r.begin(), r.end());
    r.erase(std::unique(r.begin(), r.end()), r.end());
  }
  if (kase == 1 && n >= 2) {
    // Remove one off-diagonal entry (i, j); its mirror (j, i) stays.
    for (;;) {
      std::size_t i = static_cast<std::size_t>(rng.uniform_int(0, nn - 1));
      std::vector<int> off;
      for (int j : rows[i])
        if (j != static_cast<int>(i)) off.push_back(j);
      if (off.empty()) continue;
      int j = off[static_cast<std::size_t>(rng.uniform_int(0, static_cast<std::int64_t>(off.size()) - 1))];
      rows[i].erase(std::find(rows[i].begin(), rows[i].end(), j));
      break;
    }
  } else if (kase == 2 && n >= 2) {
    // Make a random off-diagonal position (i, j) present and its mirror (j, i) absent.
    std::size_t i = static_cast<std::size_t>(rng.uniform_int(0, nn - 1));
    std::size_t j = static_cast<std::size_t>(rng.uniform_int(0, nn - 2));
    if (j >= i) ++j;
    auto& ri = rows[i];
    if (!std::binary_search(ri.begin(), ri.end(), static_cast<int>(j)))
      ri.insert(std::lower_bound(ri.begin(), ri.end(), static_cast<int>(j)), static_cast<int>(j));
    auto& rj = rows[j];
    auto it = std::lower_bound(rj.begin(), rj.end(), static_cast<int>(i));
    if (it != rj.end() && *it == static_cast<int>(i)) rj.erase(it);
  }
  a.rowPtr.assign(1, 0);
  a.colIdx.clear();
  for (auto const& r : rows) {
    a.colIdx.insert(a.colIdx.end(), r.begin(), r.end());
    a.rowPtr.push_back(static_cast<int>(a.colIdx.size()));
  }
}
}  // namespace problem

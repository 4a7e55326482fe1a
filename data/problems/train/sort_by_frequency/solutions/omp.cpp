#include <algorithm>
#include <cstddef>
#include <utility>

void sortByFrequency(std::vector<int>& x) {
  const std::size_t n = x.size();
  // Parallel sort: one chunk per thread, then pairwise merges.
  const int chunks = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(n / 64) + 1));
  std::vector<std::size_t> bound(chunks + 1);
  for (int c = 0; c <= chunks; ++c) bound[c] = n * c / chunks;
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c) std::sort(x.begin() + bound[c], x.begin() + bound[c + 1]);
  if (chunks > 1) {
    std::vector<int> tmp(n);
    for (int width = 1; width < chunks; width *= 2) {
      #pragma omp parallel for schedule(static, 1)
      for (int c = 0; c < chunks; c += 2 * width) {
        std::size_t lo = bound[c], mid = bound[std::min(c + width, chunks)], hi = bound[std::min(c + 2 * width, chunks)];
        std::merge(x.begin() + lo, x.begin() + mid, x.begin() + mid, x.begin() + hi, tmp.begin() + lo);
      }
      x.swap(tmp);
    }
  }
  std::vector<std::pair<std::size_t, int>> groups;
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i + 1;
    while (j < n && x[j] == x[i]) ++j;
    groups.push_back({j - i, x[i]});
    i = j;
  }
  std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  // Each group's output offset is the prefix sum of the counts before it.
  std::vector<std::size_t> offset(groups.size() + 1, 0);
  for (std::size_t g = 0; g < groups.size(); ++g) offset[g + 1] = offset[g] + groups[g].first;
  #pragma omp parallel for schedule(static)
  for (std::size_t g = 0; g < groups.size(); ++g)
    std::fill_n(x.begin() + offset[g], groups[g].first, groups[g].second);
}

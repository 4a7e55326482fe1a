#include <algorithm>

std::vector<int> sortedDistinct(std::vector<int> const& x) {
  const std::size_t n = x.size();
  std::vector<int> v = x;
  const int chunks = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(n / 64) + 1));
  std::vector<std::size_t> bound(chunks + 1), len(chunks);
  for (int c = 0; c <= chunks; ++c) bound[c] = n * c / chunks;
  // Sort and deduplicate each chunk in place, then merge the deduplicated runs.
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c) {
    auto first = v.begin() + bound[c], last = v.begin() + bound[c + 1];
    std::sort(first, last);
    len[c] = std::unique(first, last) - first;
  }
  if (chunks == 1) {
    v.resize(len[0]);
    return v;
  }
  std::vector<int> all;
  std::vector<std::size_t> start(chunks + 1, 0);
  for (int c = 0; c < chunks; ++c) start[c + 1] = start[c] + len[c];
  all.resize(start[chunks]);
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c) std::copy_n(v.begin() + bound[c], len[c], all.begin() + start[c]);
  std::vector<int> tmp(all.size());
  for (int width = 1; width < chunks; width *= 2) {
    #pragma omp parallel for schedule(static, 1)
    for (int c = 0; c < chunks; c += 2 * width) {
      std::size_t lo = start[c], mid = start[std::min(c + width, chunks)], hi = start[std::min(c + 2 * width, chunks)];
      std::merge(all.begin() + lo, all.begin() + mid, all.begin() + mid, all.begin() + hi, tmp.begin() + lo);
    }
    all.swap(tmp);
  }
  all.erase(std::unique(all.begin(), all.end()), all.end());
  return all;
}

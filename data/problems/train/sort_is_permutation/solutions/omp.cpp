#include <algorithm>

bool isPermutation(std::vector<int> const& a, std::vector<int> const& b) {
  auto parallelSort = [](std::vector<int>& v) {
    const std::size_t n = v.size();
    const int chunks = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(n / 64) + 1));
    std::vector<std::size_t> bound(chunks + 1);
    for (int c = 0; c <= chunks; ++c) bound[c] = n * c / chunks;
    #pragma omp parallel for schedule(static, 1)
    for (int c = 0; c < chunks; ++c) std::sort(v.begin() + bound[c], v.begin() + bound[c + 1]);
    if (chunks == 1) return;
    std::vector<int> tmp(n);
    for (int width = 1; width < chunks; width *= 2) {
      #pragma omp parallel for schedule(static, 1)
      for (int c = 0; c < chunks; c += 2 * width) {
        std::size_t lo = bound[c], mid = bound[std::min(c + width, chunks)], hi = bound[std::min(c + 2 * width, chunks)];
        std::merge(v.begin() + lo, v.begin() + mid, v.begin() + mid, v.begin() + hi, tmp.begin() + lo);
      }
      v.swap(tmp);
    }
  };
  if (a.size() != b.size()) return false;
  std::vector<int> sa = a, sb = b;
  parallelSort(sa);
  parallelSort(sb);
  const long long n = static_cast<long long>(sa.size());
  bool same = true;
  #pragma omp parallel for reduction(&& : same)
  for (long long i = 0; i < n; ++i) same = same && sa[i] == sb[i];
  return same;
}

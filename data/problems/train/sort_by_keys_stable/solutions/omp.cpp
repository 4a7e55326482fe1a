#include <algorithm>
#include <utility>

void sortByKey(std::vector<int>& keys, std::vector<double>& values) {
  using Item = std::pair<int, double>;
  const std::size_t n = keys.size();
  std::vector<Item> pairs(n);
  #pragma omp parallel for
  for (std::size_t i = 0; i < n; ++i) pairs[i] = {keys[i], values[i]};
  auto less = [](const Item& a, const Item& b) { return a.first < b.first; };
  // Stable-sort one contiguous chunk per thread, then merge neighbouring chunks (std::merge
  // takes from the left run on ties, so the result stays stable).
  const int chunks = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(n / 64) + 1));
  std::vector<std::size_t> bound(chunks + 1);
  for (int c = 0; c <= chunks; ++c) bound[c] = n * c / chunks;
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c) std::stable_sort(pairs.begin() + bound[c], pairs.begin() + bound[c + 1], less);
  if (chunks > 1) {
    std::vector<Item> tmp(n);
    for (int width = 1; width < chunks; width *= 2) {
      #pragma omp parallel for schedule(static, 1)
      for (int c = 0; c < chunks; c += 2 * width) {
        std::size_t lo = bound[c], mid = bound[std::min(c + width, chunks)], hi = bound[std::min(c + 2 * width, chunks)];
        std::merge(pairs.begin() + lo, pairs.begin() + mid, pairs.begin() + mid, pairs.begin() + hi, tmp.begin() + lo, less);
      }
      pairs.swap(tmp);
    }
  }
  #pragma omp parallel for
  for (std::size_t i = 0; i < n; ++i) {
    keys[i] = pairs[i].first;
    values[i] = pairs[i].second;
  }
}

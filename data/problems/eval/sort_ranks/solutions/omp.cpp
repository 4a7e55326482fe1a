#include <algorithm>
#include <utility>

void computeRanks(std::vector<double> const& x, std::vector<std::size_t>& ranks) {
  using Item = std::pair<double, std::size_t>;
  const std::size_t n = x.size();
  std::vector<Item> order(n);
  #pragma omp parallel for
  for (std::size_t i = 0; i < n; ++i) order[i] = {x[i], i};
  // Sort one contiguous chunk per thread, then merge the chunks pairwise.
  const int chunks = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(n / 64) + 1));
  std::vector<std::size_t> bound(chunks + 1);
  for (int c = 0; c <= chunks; ++c) bound[c] = n * c / chunks;
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c) std::sort(order.begin() + bound[c], order.begin() + bound[c + 1]);
  if (chunks > 1) {
    std::vector<Item> tmp(n);
    for (int width = 1; width < chunks; width *= 2) {
      #pragma omp parallel for schedule(static, 1)
      for (int c = 0; c < chunks; c += 2 * width) {
        std::size_t lo = bound[c], mid = bound[std::min(c + width, chunks)], hi = bound[std::min(c + 2 * width, chunks)];
        std::merge(order.begin() + lo, order.begin() + mid, order.begin() + mid, order.begin() + hi, tmp.begin() + lo);
      }
      order.swap(tmp);
    }
  }
  #pragma omp parallel for
  for (std::size_t r = 0; r < n; ++r) ranks[order[r].second] = r;
}

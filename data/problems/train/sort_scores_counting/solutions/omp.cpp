#include <algorithm>
#include <cstddef>

void sortScores(std::vector<int>& scores) {
  const std::size_t n = scores.size();
  const int chunks = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(n / 8192) + 1));
  // One histogram per chunk; chunk c writes its share of every score value after the shares of
  // the chunks before it.
  std::vector<std::size_t> count(static_cast<std::size_t>(chunks) * 101, 0);
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c) {
    std::size_t* h = count.data() + c * 101;
    for (std::size_t i = n * c / chunks; i < n * (c + 1) / chunks; ++i) ++h[scores[i]];
  }
  std::vector<std::size_t> start(static_cast<std::size_t>(chunks) * 101);
  std::size_t pos = 0;
  for (int s = 0; s <= 100; ++s)
    for (int c = 0; c < chunks; ++c) {
      start[c * 101 + s] = pos;
      pos += count[c * 101 + s];
    }
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c)
    for (int s = 0; s <= 100; ++s)
      std::fill_n(scores.begin() + start[c * 101 + s], count[c * 101 + s], s);
}

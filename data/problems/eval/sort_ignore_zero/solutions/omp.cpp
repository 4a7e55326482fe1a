#include <algorithm>

void sortIgnoreZero(std::vector<int>& x) {
  const std::size_t n = x.size();
  const int chunks = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(n / 64) + 1));
  std::vector<std::size_t> bound(chunks + 1), count(chunks + 1, 0);
  for (int c = 0; c <= chunks; ++c) bound[c] = n * c / chunks;
  // Count the nonzeros of each chunk, then give each chunk its slice of the packed values.
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c) {
    std::size_t k = 0;
    for (std::size_t i = bound[c]; i < bound[c + 1]; ++i) k += x[i] != 0;
    count[c + 1] = k;
  }
  for (int c = 0; c < chunks; ++c) count[c + 1] += count[c];
  const std::size_t m = count[chunks];
  std::vector<int> values(m);
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c) {
    std::size_t k = count[c];
    for (std::size_t i = bound[c]; i < bound[c + 1]; ++i)
      if (x[i] != 0) values[k++] = x[i];
    std::sort(values.begin() + count[c], values.begin() + count[c + 1]);
  }
  if (chunks > 1) {
    std::vector<int> tmp(m);
    for (int width = 1; width < chunks; width *= 2) {
      #pragma omp parallel for schedule(static, 1)
      for (int c = 0; c < chunks; c += 2 * width) {
        std::size_t lo = count[c], mid = count[std::min(c + width, chunks)], hi = count[std::min(c + 2 * width, chunks)];
        std::merge(values.begin() + lo, values.begin() + mid, values.begin() + mid, values.begin() + hi, tmp.begin() + lo);
      }
      values.swap(tmp);
    }
  }
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c) {
    std::size_t k = count[c];
    for (std::size_t i = bound[c]; i < bound[c + 1]; ++i)
      if (x[i] != 0) x[i] = values[k++];
  }
}

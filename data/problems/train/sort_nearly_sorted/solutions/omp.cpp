#include <algorithm>

void sortNearlySorted(std::vector<int>& x, std::size_t k) {
  auto insertionSort = [&x](std::size_t lo, std::size_t hi) {
    for (std::size_t i = lo + 1; i < hi; ++i) {
      int v = x[i];
      std::size_t j = i;
      while (j > lo && x[j - 1] > v) {
        x[j] = x[j - 1];
        --j;
      }
      x[j] = v;
    }
  };
  const std::size_t n = x.size();
  if (k > 32) {
    std::sort(x.begin(), x.end());
    return;
  }
  // Insertion-sort every chunk independently. Afterwards only elements within k places of a
  // chunk boundary can be out of order, so one more insertion sort over a window of 2k around
  // each boundary finishes the job (each window is already sorted on both sides).
  // Chunks of at least 4k elements keep the boundary windows apart.
  const std::size_t minChunk = std::max<std::size_t>(4 * k, 64);
  const int chunks = static_cast<int>(std::max<std::size_t>(1, std::min<std::size_t>(omp_get_max_threads(), n / minChunk)));
  std::vector<std::size_t> bound(chunks + 1);
  for (int c = 0; c <= chunks; ++c) bound[c] = n * c / chunks;
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c) insertionSort(bound[c], bound[c + 1]);
  for (int c = 1; c < chunks; ++c) {
    std::size_t lo = bound[c] >= 2 * k ? bound[c] - 2 * k : 0, hi = std::min(n, bound[c] + 2 * k);
    insertionSort(lo, hi);
  }
}

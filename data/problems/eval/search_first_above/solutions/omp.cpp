#include <atomic>

size_t findFirstAbove(std::vector<double> const& x, double threshold) {
  const std::size_t n = x.size();
  const std::size_t block = 4096;
  const long long numBlocks = static_cast<long long>((n + block - 1) / block);
  std::atomic<std::size_t> found{n};  // smallest index found so far
  // Blocks are handed out in increasing order; a block that starts after an index already found
  // cannot contain the first match and is skipped.
  #pragma omp parallel for schedule(dynamic, 1)
  for (long long b = 0; b < numBlocks; ++b) {
    const std::size_t begin = static_cast<std::size_t>(b) * block;
    if (begin >= found.load(std::memory_order_relaxed)) continue;
    const std::size_t end = begin + block < n ? begin + block : n;
    for (std::size_t i = begin; i < end; ++i) {
      if (x[i] > threshold) {
        std::size_t current = found.load();
        while (i < current && !found.compare_exchange_weak(current, i)) {
        }
        break;
      }
    }
  }
  return found.load();
}

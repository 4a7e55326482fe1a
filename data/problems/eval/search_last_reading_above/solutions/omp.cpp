#include <atomic>

long long lastReadingAbove(std::vector<Reading> const& readings, int sensor, double limit) {
  const long long n = static_cast<long long>(readings.size());
  const long long block = 4096;
  const long long numBlocks = (n + block - 1) / block;
  std::atomic<long long> found{-1};  // largest matching index found so far
  // Blocks are handed out from the end of the log backwards; a block that ends before an index
  // already found cannot hold the last match and is skipped.
  #pragma omp parallel for schedule(dynamic, 1)
  for (long long b = 0; b < numBlocks; ++b) {
    const long long end = n - b * block;
    const long long begin = end - block > 0 ? end - block : 0;
    if (end - 1 <= found.load(std::memory_order_relaxed)) continue;
    for (long long i = end - 1; i >= begin; --i) {
      if (readings[i].sensor == sensor && readings[i].value > limit) {
        long long current = found.load();
        while (i > current && !found.compare_exchange_weak(current, i)) {
        }
        break;
      }
    }
  }
  return found.load();
}

#include <atomic>

bool hasNearbyDuplicate(std::vector<int> const& x, size_t k) {
  const long long n = static_cast<long long>(x.size());
  const long long window = static_cast<long long>(k);
  std::atomic<bool> found{false};
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    const long long begin = n * t / nt, end = n * (t + 1) / nt;
    // Each thread checks pairs whose later index is in its chunk; it first records the k
    // elements before the chunk so that pairs crossing the boundary are seen.
    std::vector<long long> lastSeen(65536, -1);
    long long i = begin - window > 0 ? begin - window : 0;
    for (; i < begin; ++i) lastSeen[x[i]] = i;
    for (; i < end; ++i) {
      long long& last = lastSeen[x[i]];
      if (last >= 0 && i - last <= window) {
        found.store(true, std::memory_order_relaxed);
        break;
      }
      last = i;
      if ((i & 16383) == 0 && found.load(std::memory_order_relaxed)) break;
    }
  }
  return found.load();
}

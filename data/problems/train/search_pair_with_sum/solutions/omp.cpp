#include <algorithm>
#include <atomic>

bool hasPairWithSum(std::vector<long long> const& sorted, long long target) {
  const std::size_t n = sorted.size();
  if (n < 2) return false;
  std::atomic<bool> found{false};
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    // Thread t owns the first index i in [i0, i1). Its partner sorted[j] = target - sorted[i]
    // lies in [target - sorted[i1-1], target - sorted[i0]]: a two-pointer walk over that
    // rectangle finds any pair in it.
    const std::size_t i0 = n * t / nt, i1 = n * (t + 1) / nt;
    if (i0 < i1) {
      const std::size_t jLo = static_cast<std::size_t>(
          std::lower_bound(sorted.begin(), sorted.end(), target - sorted[i1 - 1]) - sorted.begin());
      const std::size_t jHi = static_cast<std::size_t>(
          std::upper_bound(sorted.begin(), sorted.end(), target - sorted[i0]) - sorted.begin());
      std::size_t i = i0;
      long long j = static_cast<long long>(jHi) - 1;
      while (i < i1 && j >= static_cast<long long>(jLo) && static_cast<long long>(i) < j) {
        const long long s = sorted[i] + sorted[j];
        if (s == target) {
          found.store(true, std::memory_order_relaxed);
          break;
        }
        if (s < target) ++i;
        else --j;
      }
    }
  }
  return found.load();
}

#include <algorithm>
#include <atomic>

bool haveCommonElement(std::vector<int> const& a, std::vector<int> const& b) {
  std::atomic<bool> found{false};
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    // Thread t merges its slice of a with the part of b that can match it.
    const std::size_t n = a.size();
    const std::size_t i0 = n * t / nt, i1 = n * (t + 1) / nt;
    if (i0 < i1) {
      std::size_t j = t == 0 ? 0 : static_cast<std::size_t>(std::lower_bound(b.begin(), b.end(), a[i0]) - b.begin());
      const std::size_t jEnd = i1 == n ? b.size()
                                       : static_cast<std::size_t>(std::lower_bound(b.begin(), b.end(), a[i1]) - b.begin());
      // A value equal to a[i1] (a duplicate across the slice boundary) lies at or after jEnd in
      // b; the next slice, which starts with a[i1], finds it.
      std::size_t i = i0;
      while (i < i1 && j < jEnd) {
        if (a[i] < b[j]) ++i;
        else if (b[j] < a[i]) ++j;
        else {
          found.store(true, std::memory_order_relaxed);
          break;
        }
      }
    }
  }
  return found.load();
}

#include <algorithm>
#include <vector>

long long kthOccurrence(std::vector<int> const& x, int value, size_t k) {
  const std::size_t n = x.size();
  const std::size_t block = 1 << 16;
  // Rounds of one block per thread: count the occurrences in each block in parallel, then walk
  // the counts in order; the block holding the k-th occurrence is scanned for its index.
  std::vector<std::size_t> counts;
  std::size_t seen = 0;
  long long result = -1;
  bool done = false;
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    counts.assign(nt, 0);
    for (std::size_t roundStart = 0; roundStart < n; roundStart += block * nt) {
      const std::size_t b0 = std::min(n, roundStart + block * t), b1 = std::min(n, b0 + block);
      std::size_t c = 0;
      for (std::size_t i = b0; i < b1; ++i) c += (x[i] == value);
      counts[t] = c;
      #pragma omp barrier
      #pragma omp single
      {
        for (int j = 0; j < nt && !done; ++j) {
          if (seen + counts[j] >= k) {
            std::size_t s = seen;
            for (std::size_t i = roundStart + block * j;; ++i) {
              s += (x[i] == value);
              if (s == k) {
                result = static_cast<long long>(i);
                break;
              }
            }
            done = true;
          }
          seen += counts[j];
        }
      }
      if (done) break;
    }
  }
  return result;
}

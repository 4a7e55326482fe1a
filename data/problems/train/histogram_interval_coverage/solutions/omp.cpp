#include <omp.h>
void coverageCounts(std::vector<Interval> const& intervals, size_t length, std::vector<size_t>& coverage) {
  const std::size_t n = intervals.size();
  std::vector<size_t> delta(length + 1, 0);
  // Marks from a thread's share of the intervals go to its own array, merged per position.
  const int threads = omp_get_max_threads();
  std::vector<std::vector<size_t>> local(threads > 1 ? threads - 1 : 0);
  #pragma omp parallel num_threads(threads)
  {
    const int t = omp_get_thread_num();
    std::vector<size_t>* mine = &delta;
    if (t > 0) {
      local[t - 1].assign(length + 1, 0);
      mine = &local[t - 1];
    }
    #pragma omp for nowait
    for (std::size_t i = 0; i < n; ++i) {
      ++(*mine)[intervals[i].start];
      --(*mine)[intervals[i].end];
    }
  }
  for (auto& extra : local)
    for (std::size_t p = 0; p <= length; ++p) delta[p] += extra[p];
  size_t depth = 0;
  for (size_t p = 0; p < length; ++p) {
    depth += delta[p];
    coverage[p] = depth;
  }
}

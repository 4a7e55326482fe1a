#include <limits>

void lineOfSight(std::vector<double> const& heights, double observer, std::vector<int>& visible) {
  const std::size_t n = heights.size();
  const double none = -std::numeric_limits<double>::infinity();
  std::vector<double> chunkMax;
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    chunkMax.assign(nt, none);
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    // Pass 1: visibility against the nearer points of this chunk only.
    double steepest = none;
    for (std::size_t i = begin; i < end; ++i) {
      const double slope = (heights[i] - observer) / static_cast<double>(i + 1);
      visible[i] = slope > steepest;
      steepest = slope > steepest ? slope : steepest;
    }
    chunkMax[t] = steepest;
    #pragma omp barrier
    // Pass 2: a point visible within its chunk must also beat every nearer chunk.
    if (t > 0) {
      double before = none;
      for (int j = 0; j < t; ++j) before = chunkMax[j] > before ? chunkMax[j] : before;
      for (std::size_t i = begin; i < end; ++i) {
        if (visible[i]) {
          const double slope = (heights[i] - observer) / static_cast<double>(i + 1);
          if (!(slope > before)) visible[i] = 0;
        }
      }
    }
  }
}

#include <limits>

void runningMinimum(std::vector<double> const& x, std::vector<double>& out) {
  const std::size_t n = x.size();
  std::vector<double> chunkMin;
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    chunkMin.assign(nt, std::numeric_limits<double>::infinity());
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    // Pass 1: prefix minimum inside this thread's chunk.
    if (begin < end) {
      double m = x[begin];
      for (std::size_t i = begin; i < end; ++i) {
        m = std::min(m, x[i]);
        out[i] = m;
      }
      chunkMin[t] = m;
    }
    #pragma omp barrier
    // Pass 2: combine with the minimum of all chunks to the left (none for thread 0).
    if (t > 0) {
      double left = std::numeric_limits<double>::infinity();
      for (int j = 0; j < t; ++j) left = std::min(left, chunkMin[j]);
      for (std::size_t i = begin; i < end; ++i) out[i] = std::min(out[i], left);
    }
  }
}

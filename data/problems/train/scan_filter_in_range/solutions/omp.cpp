#include <algorithm>

void filterInRange(std::vector<int> const& x, int lo, int hi, std::vector<int>& out) {
  const std::size_t n = x.size();
  std::vector<std::size_t> offset;
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    offset.assign(nt + 1, 0);
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    // Pass 1: how many elements each chunk keeps.
    std::size_t count = 0;
    for (std::size_t i = begin; i < end; ++i) count += (x[i] >= lo && x[i] <= hi);
    offset[t + 1] = count;
    #pragma omp barrier
    // Exclusive scan of the counts gives each chunk its place in out.
    #pragma omp single
    {
      for (int j = 0; j < nt; ++j) offset[j + 1] += offset[j];
      out.resize(offset[nt]);
    }
    // Pass 2: compact block by block into a private buffer without branches, then copy the
    // kept elements to this chunk's place (never past it: no race with the next chunk).
    const std::size_t blockSize = 2048;
    int buffer[blockSize + 1];
    std::size_t k = offset[t];
    for (std::size_t b = begin; b < end; b += blockSize) {
      const std::size_t e = std::min(end, b + blockSize);
      std::size_t m = 0;
      for (std::size_t i = b; i < e; ++i) {
        buffer[m] = x[i];
        m += (x[i] >= lo && x[i] <= hi);
      }
      std::copy(buffer, buffer + m, out.begin() + k);
      k += m;
    }
  }
}

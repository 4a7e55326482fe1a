void exclusivePrefixSum(std::vector<int> const& x, std::vector<long long>& out) {
  const std::size_t n = x.size();
  std::vector<long long> chunkSums;
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    chunkSums.assign(nt + 1, 0);
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    // Pass 1: local exclusive scan of this thread's chunk.
    long long running = 0;
    for (std::size_t i = begin; i < end; ++i) {
      out[i] = running;
      running += x[i];
    }
    chunkSums[t + 1] = running;
    #pragma omp barrier
    // Pass 2: add the total of all chunks to the left (thread 0 has nothing to add).
    long long offset = 0;
    for (int j = 1; j <= t; ++j) offset += chunkSums[j];
    if (offset != 0)
      for (std::size_t i = begin; i < end; ++i) out[i] += offset;
  }
}

void suffixSums(std::vector<double> const& x, std::vector<double>& out) {
  const std::size_t n = x.size();
  std::vector<double> chunkSums;
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    chunkSums.assign(nt, 0.0);
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    // Pass 1: suffix sums inside this thread's chunk.
    double running = 0.0;
    for (std::size_t i = end; i-- > begin;) {
      running += x[i];
      out[i] = running;
    }
    chunkSums[t] = running;
    #pragma omp barrier
    // Pass 2: add the totals of all chunks to the right (the last thread has none).
    if (t + 1 < nt) {
      double right = 0.0;
      for (int j = t + 1; j < nt; ++j) right += chunkSums[j];
      for (std::size_t i = begin; i < end; ++i) out[i] += right;
    }
  }
}

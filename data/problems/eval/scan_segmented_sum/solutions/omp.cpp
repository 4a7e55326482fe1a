void segmentedPrefixSum(std::vector<int> const& x, std::vector<int> const& flags, std::vector<long long>& out) {
  const std::size_t n = x.size();
  std::vector<long long> tail;
  std::vector<char> hasStart;
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    {
      tail.assign(nt, 0);
      hasStart.assign(nt, 0);
    }
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    // Pass 1: segmented scan of this thread's chunk, as if the chunk started a segment.
    // (The first chunk starts a segment at index 0 whatever flags[0] says.)
    long long running = 0;
    bool started = begin == 0 && begin < end;
    for (std::size_t i = begin; i < end; ++i) {
      if (flags[i] != 0) {
        running = 0;
        started = true;
      }
      running += x[i];
      out[i] = running;
    }
    tail[t] = running;
    hasStart[t] = started;
    #pragma omp barrier
    // Pass 2: the open segment coming from the left continues until the chunk's first start.
    if (t > 0) {
      long long carry = 0;
      for (int j = 0; j < t; ++j) carry = hasStart[j] ? tail[j] : carry + tail[j];
      if (carry != 0)
        for (std::size_t i = begin; i < end && flags[i] == 0; ++i) out[i] += carry;
    }
  }
}

void distinctSoFar(std::vector<int> const& x, std::vector<int>& out) {
  const std::size_t n = x.size();
  const std::size_t range = 65536;
  const int* in = x.data();
  int* result = out.data();
  std::vector<std::vector<unsigned char>> seenBy;  // values present in each chunk
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    seenBy.resize(nt);
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    // Pass 1: distinct counts inside the chunk (final for the first chunk).
    seenBy[t].assign(range, 0);
    unsigned char* seen = seenBy[t].data();
    int count = 0;
    for (std::size_t i = begin; i < end; ++i) {
      const int v = in[i];
      count += seen[v] == 0;
      seen[v] = 1;
      result[i] = count;
    }
    #pragma omp barrier
    // Pass 2: a value is new only if no earlier chunk has it either.
    if (t > 0 && begin < end) {
      std::vector<unsigned char> beforeTable(range, 0);
      unsigned char* before = beforeTable.data();
      for (int j = 0; j < t; ++j) {
        const unsigned char* other = seenBy[j].data();
        for (std::size_t v = 0; v < range; ++v) before[v] |= other[v];
      }
      int total = 0;
      for (std::size_t v = 0; v < range; ++v) total += before[v];
      // before[] now doubles as the set of values seen so far.
      for (std::size_t i = begin; i < end; ++i) {
        const int v = in[i];
        total += before[v] == 0;
        before[v] = 1;
        result[i] = total;
      }
    }
  }
}

void runLengthEncode(std::vector<int> const& x, std::vector<int>& values, std::vector<int>& counts) {
  const std::size_t n = x.size();
  std::vector<std::size_t> offset;
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    offset.assign(nt + 1, 0);
    const std::size_t begin = n * t / nt, end = n * (t + 1) / nt;
    // Pass 1: runs that start in this chunk.
    std::size_t starts = 0;
    for (std::size_t i = begin; i < end; ++i) starts += (i == 0 || x[i] != x[i - 1]);
    offset[t + 1] = starts;
    #pragma omp barrier
    #pragma omp single
    {
      for (int j = 0; j < nt; ++j) offset[j + 1] += offset[j];
      values.resize(offset[nt]);
      counts.resize(offset[nt]);
    }
    // Pass 2: each chunk writes the runs that start in it; a run may extend past the chunk.
    std::size_t k = offset[t];
    std::size_t i = begin;
    while (i < end && i > 0 && x[i] == x[i - 1]) ++i;  // skip the tail of a run from the left
    while (i < end) {
      std::size_t j = i + 1;
      while (j < n && x[j] == x[i]) ++j;
      values[k] = x[i];
      counts[k] = static_cast<int>(j - i);
      ++k;
      i = j;
    }
  }
}

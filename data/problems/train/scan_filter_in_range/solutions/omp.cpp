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
    // Pass 2: every chunk writes its elements at its offset.
    std::size_t k = offset[t];
    for (std::size_t i = begin; i < end; ++i)
      if (x[i] >= lo && x[i] <= hi) out[k++] = x[i];
  }
}

bool hasAdjacentDuplicate(std::vector<int> const& x) {
  const std::size_t n = x.size();
  const std::size_t block = 1 << 16;
  bool found = false;
  // Blocks of neighbour pairs (i - 1, i) checked in parallel; blocks after a hit are skipped.
  #pragma omp parallel for schedule(static, 1)
  for (std::size_t start = 1; start < n; start += block) {
    bool stop;
    #pragma omp atomic read
    stop = found;
    if (stop) continue;
    const std::size_t end = start + block < n ? start + block : n;
    bool hit = false;
    for (std::size_t i = start; i < end; ++i) hit |= x[i] == x[i - 1];
    if (hit) {
      #pragma omp atomic write
      found = true;
    }
  }
  return found;
}

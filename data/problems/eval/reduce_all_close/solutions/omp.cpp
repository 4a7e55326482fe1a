bool allWithinTolerance(std::vector<double> const& a, std::vector<double> const& b, double tol) {
  const std::size_t n = a.size();
  const std::size_t block = 1 << 16;
  bool ok = true;
  // Blocks of the index range, checked in parallel; a thread stops early once any thread has
  // found a violation (a shared flag, read between blocks).
  #pragma omp parallel for schedule(static, 1)
  for (std::size_t start = 0; start < n; start += block) {
    bool seen;
    #pragma omp atomic read
    seen = ok;
    if (!seen) continue;
    const std::size_t end = start + block < n ? start + block : n;
    bool good = true;
    for (std::size_t i = start; i < end; ++i) good &= std::fabs(a[i] - b[i]) <= tol;
    if (!good) {
      #pragma omp atomic write
      ok = false;
    }
  }
  return ok;
}

void summedAreaTable(std::vector<int> const& img, size_t rows, size_t cols, std::vector<long long>& sat) {
  // Each thread computes the table of its own band of rows as if the band were the whole
  // image, then adds the column totals of all bands above it (thread 0 adds nothing).
  std::vector<std::vector<long long>> bandTotals;
  #pragma omp parallel
  {
    const int nt = omp_get_num_threads();
    const int t = omp_get_thread_num();
    #pragma omp single
    bandTotals.assign(nt, std::vector<long long>());
    const std::size_t r0 = rows * t / nt, r1 = rows * (t + 1) / nt;
    for (std::size_t r = r0; r < r1; ++r) {
      const int* in = img.data() + r * cols;
      long long* out = sat.data() + r * cols;
      const long long* above = r > r0 ? out - cols : nullptr;
      long long rowSum = 0;
      for (std::size_t c = 0; c < cols; ++c) {
        rowSum += in[c];
        out[c] = rowSum + (above ? above[c] : 0);
      }
    }
    if (r1 > r0) bandTotals[t].assign(sat.begin() + (r1 - 1) * cols, sat.begin() + r1 * cols);
    #pragma omp barrier
    if (t > 0 && r1 > r0) {
      std::vector<long long> carry(cols, 0);
      for (int j = 0; j < t; ++j)
        if (!bandTotals[j].empty())
          for (std::size_t c = 0; c < cols; ++c) carry[c] += bandTotals[j][c];
      for (std::size_t r = r0; r < r1; ++r) {
        long long* out = sat.data() + r * cols;
        for (std::size_t c = 0; c < cols; ++c) out[c] += carry[c];
      }
    }
  }
}

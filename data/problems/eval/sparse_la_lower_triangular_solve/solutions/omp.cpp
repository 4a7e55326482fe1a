void sparseLowerSolve(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
                      std::vector<double> const& b, std::vector<double>& x, size_t N) {
  if (omp_get_max_threads() == 1) {
    // Forward substitution in row order is optimal on one thread.
    for (size_t i = 0; i < N; ++i) {
      int last = rowPtr[i + 1] - 1;
      double s = b[i];
      for (int k = rowPtr[i]; k < last; ++k) s -= values[k] * x[colIdx[k]];
      x[i] = s / values[last];
    }
    return;
  }
  // Level scheduling: a row's level is one more than the deepest row it depends on. Rows of
  // the same level are independent and are solved in parallel, level after level.
  std::vector<int> level(N);
  int nlevels = 0;
  for (size_t i = 0; i < N; ++i) {
    int lv = 0;
    for (int k = rowPtr[i]; k < rowPtr[i + 1] - 1; ++k) lv = level[colIdx[k]] + 1 > lv ? level[colIdx[k]] + 1 : lv;
    level[i] = lv;
    if (lv + 1 > nlevels) nlevels = lv + 1;
  }
  std::vector<int> start(nlevels + 1, 0), order(N);
  for (size_t i = 0; i < N; ++i) start[level[i] + 1]++;
  for (int l = 0; l < nlevels; ++l) start[l + 1] += start[l];
  {
    std::vector<int> pos(start.begin(), start.end() - 1);
    for (size_t i = 0; i < N; ++i) order[pos[level[i]]++] = static_cast<int>(i);
  }
  #pragma omp parallel
  for (int l = 0; l < nlevels; ++l) {
    #pragma omp for schedule(static)
    for (int p = start[l]; p < start[l + 1]; ++p) {
      int i = order[p];
      int last = rowPtr[i + 1] - 1;
      double s = b[i];
      for (int k = rowPtr[i]; k < last; ++k) s -= values[k] * x[colIdx[k]];
      x[i] = s / values[last];
    }
  }
}

void spgemm(std::vector<int> const& aRowPtr, std::vector<int> const& aColIdx, std::vector<double> const& aValues,
            std::vector<int> const& bRowPtr, std::vector<int> const& bColIdx, std::vector<double> const& bValues,
            size_t M, size_t K, size_t N, std::vector<int>& cRowPtr, std::vector<int>& cColIdx,
            std::vector<double>& cValues) {
  // Every thread multiplies a contiguous block of rows into its own buffers (Gustavson with a
  // private accumulator); the row lengths then give the offsets and the buffers are copied
  // into place.
  cRowPtr.assign(M + 1, 0);
  const int nt = omp_get_max_threads();
  std::vector<std::vector<int>> tcols(nt);
  std::vector<std::vector<double>> tvals(nt);
  #pragma omp parallel num_threads(nt)
  {
    const int t = omp_get_thread_num(), team = omp_get_num_threads();
    const size_t i0 = M * t / team, i1 = M * (t + 1) / team;
    std::vector<int> mark(N, -1), cols;
    std::vector<double> acc(N);
    std::vector<int>& oc = tcols[t];
    std::vector<double>& ov = tvals[t];
    for (size_t i = i0; i < i1; ++i) {
      cols.clear();
      const int row = static_cast<int>(i);
      for (int ka = aRowPtr[i]; ka < aRowPtr[i + 1]; ++ka) {
        int k = aColIdx[ka];
        double a = aValues[ka];
        for (int kb = bRowPtr[k]; kb < bRowPtr[k + 1]; ++kb) {
          int j = bColIdx[kb];
          if (mark[j] != row) {
            mark[j] = row;
            acc[j] = a * bValues[kb];
            cols.push_back(j);
          } else {
            acc[j] += a * bValues[kb];
          }
        }
      }
      std::sort(cols.begin(), cols.end());
      for (int j : cols) {
        oc.push_back(j);
        ov.push_back(acc[j]);
      }
      cRowPtr[i + 1] = static_cast<int>(cols.size());
    }
    #pragma omp barrier
    #pragma omp single
    {
      for (size_t i = 0; i < M; ++i) cRowPtr[i + 1] += cRowPtr[i];
      cColIdx.resize(static_cast<size_t>(cRowPtr[M]));
      cValues.resize(static_cast<size_t>(cRowPtr[M]));
    }
    std::copy(oc.begin(), oc.end(), cColIdx.begin() + cRowPtr[i0]);
    std::copy(ov.begin(), ov.end(), cValues.begin() + cRowPtr[i0]);
  }
}

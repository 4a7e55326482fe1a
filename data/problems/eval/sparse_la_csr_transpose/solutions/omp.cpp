void transposeCsr(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
                  size_t M, size_t N, std::vector<int>& tRowPtr, std::vector<int>& tColIdx,
                  std::vector<double>& tValues) {
  size_t nnz = static_cast<size_t>(rowPtr[M]);
  tRowPtr.assign(N + 1, 0);
  tColIdx.resize(nnz);
  tValues.resize(nnz);
  int nt = omp_get_max_threads();
  if (nt == 1) {
    // One thread: the plain counting sort.
    for (size_t k = 0; k < nnz; ++k) ++tRowPtr[colIdx[k] + 1];
    for (size_t j = 0; j < N; ++j) tRowPtr[j + 1] += tRowPtr[j];
    std::vector<int> next(tRowPtr.begin(), tRowPtr.end() - 1);
    for (size_t i = 0; i < M; ++i)
      for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) {
        int dst = next[colIdx[k]]++;
        tColIdx[dst] = static_cast<int>(i);
        tValues[dst] = values[k];
      }
    return;
  }
  // Every thread counts the columns of its own block of rows; the counts of all threads,
  // taken column by column and thread by thread, give each thread its place in every row of
  // the transpose, so that rows of A stay in increasing order.
  std::vector<std::vector<int>> count(nt, std::vector<int>(N, 0));
  #pragma omp parallel num_threads(nt)
  {
    int t = omp_get_thread_num();
    size_t i0 = M * t / nt, i1 = M * (t + 1) / nt;
    std::vector<int>& c = count[t];
    for (int k = rowPtr[i0]; k < rowPtr[i1]; ++k) ++c[colIdx[k]];
    #pragma omp barrier
    #pragma omp single
    {
      int run = 0;
      for (size_t j = 0; j < N; ++j) {
        tRowPtr[j] = run;
        for (int s = 0; s < nt; ++s) {
          int v = count[s][j];
          count[s][j] = run;
          run += v;
        }
      }
      tRowPtr[N] = run;
    }
    for (size_t i = i0; i < i1; ++i)
      for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) {
        int dst = c[colIdx[k]]++;
        tColIdx[dst] = static_cast<int>(i);
        tValues[dst] = values[k];
      }
  }
}

#include <algorithm>
void denseToCsr(std::vector<double> const& A, size_t M, size_t N, std::vector<int>& rowPtr, std::vector<int>& colIdx,
                std::vector<double>& values) {
  // One pass: every thread collects the nonzeros of its block of rows into private buffers
  // (row pointers relative to the block); the buffers are then copied into place.
  rowPtr.assign(M + 1, 0);
  const int nt = omp_get_max_threads();
  if (nt == 1) {
    // One thread: append straight to the outputs (no buffers to copy).
    colIdx.clear();
    values.clear();
    for (size_t i = 0; i < M; ++i) {
      const double* row = A.data() + i * N;
      for (size_t j = 0; j < N; ++j) {
        if (row[j] != 0.0) {
          colIdx.push_back(static_cast<int>(j));
          values.push_back(row[j]);
        }
      }
      rowPtr[i + 1] = static_cast<int>(colIdx.size());
    }
    return;
  }
  std::vector<std::vector<int>> tcols(nt);
  std::vector<std::vector<double>> tvals(nt);
  std::vector<size_t> offset(nt + 1, 0);
  #pragma omp parallel num_threads(nt)
  {
    const int t = omp_get_thread_num(), team = omp_get_num_threads();
    const size_t i0 = M * t / team, i1 = M * (t + 1) / team;
    std::vector<int> lc;
    std::vector<double> lv;
    int* rp = rowPtr.data();
    const double* a = A.data();
    for (size_t i = i0; i < i1; ++i) {
      const double* row = a + i * N;
      for (size_t j = 0; j < N; ++j) {
        if (row[j] != 0.0) {
          lc.push_back(static_cast<int>(j));
          lv.push_back(row[j]);
        }
      }
      rp[i + 1] = static_cast<int>(lc.size());
    }
    tcols[t].swap(lc);
    tvals[t].swap(lv);
    #pragma omp barrier
    #pragma omp single
    {
      for (int s = 0; s < team; ++s) offset[s + 1] = offset[s] + tcols[s].size();
      colIdx.resize(offset[team]);
      values.resize(offset[team]);
    }
    const int shift = static_cast<int>(offset[t]);
    for (size_t i = i0; i < i1; ++i) rowPtr[i + 1] += shift;
    std::copy(tcols[t].begin(), tcols[t].end(), colIdx.begin() + offset[t]);
    std::copy(tvals[t].begin(), tvals[t].end(), values.begin() + offset[t]);
  }
}

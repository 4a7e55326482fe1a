#include <algorithm>
void addCsr(std::vector<int> const& aRowPtr, std::vector<int> const& aColIdx, std::vector<double> const& aValues,
            std::vector<int> const& bRowPtr, std::vector<int> const& bColIdx, std::vector<double> const& bValues,
            double alpha, double beta, size_t M, size_t N, std::vector<int>& cRowPtr, std::vector<int>& cColIdx,
            std::vector<double>& cValues) {
  // Row i of C has at most nnzA(i) + nnzB(i) entries, so every thread can merge its block of
  // rows straight into the output, starting at aRowPtr[i0] + bRowPtr[i0]. Afterwards the
  // blocks are slid left into place, in order, and the row pointers shifted.
  const size_t cap = static_cast<size_t>(aRowPtr[M]) + static_cast<size_t>(bRowPtr[M]);
  cColIdx.resize(cap);
  cValues.resize(cap);
  cRowPtr.assign(M + 1, 0);
  const int nt = omp_get_max_threads();
  std::vector<size_t> src(nt, 0), len(nt, 0);
  #pragma omp parallel num_threads(nt)
  {
    const int t = omp_get_thread_num(), team = omp_get_num_threads();
    const size_t i0 = M * t / team, i1 = M * (t + 1) / team;
    const int base = aRowPtr[i0] + bRowPtr[i0];
    int out = base;
    for (size_t i = i0; i < i1; ++i) {
      int ka = aRowPtr[i], ea = aRowPtr[i + 1], kb = bRowPtr[i], eb = bRowPtr[i + 1];
      while (ka < ea && kb < eb) {
        int ca = aColIdx[ka], cb = bColIdx[kb];
        if (ca == cb) {
          cColIdx[out] = ca;
          cValues[out++] = alpha * aValues[ka++] + beta * bValues[kb++];
        } else if (ca < cb) {
          cColIdx[out] = ca;
          cValues[out++] = alpha * aValues[ka++];
        } else {
          cColIdx[out] = cb;
          cValues[out++] = beta * bValues[kb++];
        }
      }
      for (; ka < ea; ++ka) {
        cColIdx[out] = aColIdx[ka];
        cValues[out++] = alpha * aValues[ka];
      }
      for (; kb < eb; ++kb) {
        cColIdx[out] = bColIdx[kb];
        cValues[out++] = beta * bValues[kb];
      }
      cRowPtr[i + 1] = out - base;  // relative to the block for now
    }
    src[t] = static_cast<size_t>(base);
    len[t] = static_cast<size_t>(out - base);
    #pragma omp barrier
    #pragma omp single
    {
      size_t dst = 0;
      for (int s = 0; s < team; ++s) {
        if (dst != src[s]) {
          std::copy(cColIdx.begin() + src[s], cColIdx.begin() + src[s] + len[s], cColIdx.begin() + dst);
          std::copy(cValues.begin() + src[s], cValues.begin() + src[s] + len[s], cValues.begin() + dst);
        }
        src[s] = dst;  // now the block's final offset
        dst += len[s];
      }
      cColIdx.resize(dst);
      cValues.resize(dst);
    }
    const int shift = static_cast<int>(src[t]);
    if (shift != 0)
      for (size_t i = i0; i < i1; ++i) cRowPtr[i + 1] += shift;
  }
}

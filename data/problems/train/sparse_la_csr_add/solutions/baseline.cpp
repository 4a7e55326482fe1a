void addCsr(std::vector<int> const& aRowPtr, std::vector<int> const& aColIdx, std::vector<double> const& aValues,
            std::vector<int> const& bRowPtr, std::vector<int> const& bColIdx, std::vector<double> const& bValues,
            double alpha, double beta, size_t M, size_t N, std::vector<int>& cRowPtr, std::vector<int>& cColIdx,
            std::vector<double>& cValues) {
  // Merge the two sorted column lists of every row.
  cRowPtr.assign(M + 1, 0);
  cColIdx.resize(static_cast<size_t>(aRowPtr[M]) + static_cast<size_t>(bRowPtr[M]));
  cValues.resize(cColIdx.size());
  int out = 0;
  for (size_t i = 0; i < M; ++i) {
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
    cRowPtr[i + 1] = out;
  }
  cColIdx.resize(static_cast<size_t>(out));
  cValues.resize(static_cast<size_t>(out));
}

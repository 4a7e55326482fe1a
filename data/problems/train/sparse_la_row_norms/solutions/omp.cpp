void csrRowNorms(std::vector<int> const& rowPtr, std::vector<double> const& values, std::vector<double>& norms) {
  const long M = static_cast<long>(rowPtr.size()) - 1;
  #pragma omp parallel for schedule(static, 4096)
  for (long i = 0; i < M; ++i) {
    double s = 0.0;
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) s += values[k] * values[k];
    norms[i] = std::sqrt(s);
  }
}

void csrRowNorms(std::vector<int> const& rowPtr, std::vector<double> const& values, std::vector<double>& norms) {
  size_t M = rowPtr.size() - 1;
  for (size_t i = 0; i < M; ++i) {
    double s = 0.0;
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) s += values[k] * values[k];
    norms[i] = std::sqrt(s);
  }
}

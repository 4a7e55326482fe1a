void csrRowNorms(std::vector<int> const& rowPtr, std::vector<double> const& values, std::vector<double>& norms) {
  size_t M = rowPtr.size() - 1;
  for (size_t i = 0; i < M; ++i) {
    // Overflow-safe: scale by the largest magnitude first.
    double scale = 0.0;
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) scale = std::fmax(scale, std::fabs(values[k]));
    if (scale == 0.0) {
      norms[i] = 0.0;
      continue;
    }
    double s = 0.0;
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) {
      double v = values[k] / scale;
      s += v * v;
    }
    norms[i] = scale * std::sqrt(s);
  }
}

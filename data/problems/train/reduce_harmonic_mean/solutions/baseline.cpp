double harmonicMean(std::vector<double> const& x) {
  const std::size_t n = x.size();
  double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    s0 += 1.0 / x[i];
    s1 += 1.0 / x[i + 1];
    s2 += 1.0 / x[i + 2];
    s3 += 1.0 / x[i + 3];
  }
  for (; i < n; ++i) s0 += 1.0 / x[i];
  return static_cast<double>(n) / ((s0 + s1) + (s2 + s3));
}

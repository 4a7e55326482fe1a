double sumOfPairwiseMinimums(std::vector<double> const& x, std::vector<double> const& y) {
  const std::size_t n = x.size();
  double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    s0 += std::min(x[i], y[i]);
    s1 += std::min(x[i + 1], y[i + 1]);
    s2 += std::min(x[i + 2], y[i + 2]);
    s3 += std::min(x[i + 3], y[i + 3]);
  }
  for (; i < n; ++i) s0 += std::min(x[i], y[i]);
  return (s0 + s1) + (s2 + s3);
}

double dotProduct(std::vector<double> const& x, std::vector<double> const& y) {
  const double* a = x.data();
  const double* b = y.data();
  const std::size_t n = x.size();
  double even = 0.0, odd = 0.0;
  std::size_t i = 0;
  for (; i + 1 < n; i += 2) {
    even += a[i] * b[i];
    odd += a[i + 1] * b[i + 1];
  }
  if (i < n) even += a[i] * b[i];
  return even + odd;
}

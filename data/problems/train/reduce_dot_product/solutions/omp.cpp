double dotProduct(std::vector<double> const& x, std::vector<double> const& y) {
  const double* a = x.data();
  const double* b = y.data();
  const long n = static_cast<long>(x.size());
  double even = 0.0, odd = 0.0;
  #pragma omp parallel for reduction(+ : even, odd)
  for (long i = 0; i < n - 1; i += 2) {
    even += a[i] * b[i];
    odd += a[i + 1] * b[i + 1];
  }
  if (n % 2 == 1) even += a[n - 1] * b[n - 1];
  return even + odd;
}

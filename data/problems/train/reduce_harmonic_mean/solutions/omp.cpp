double harmonicMean(std::vector<double> const& x) {
  const long n = static_cast<long>(x.size());
  double s0 = 0.0, s1 = 0.0;
  #pragma omp parallel for reduction(+ : s0, s1)
  for (long i = 0; i < n - 1; i += 2) {
    s0 += 1.0 / x[i];
    s1 += 1.0 / x[i + 1];
  }
  if (n % 2 == 1) s0 += 1.0 / x[n - 1];
  return static_cast<double>(n) / (s0 + s1);
}

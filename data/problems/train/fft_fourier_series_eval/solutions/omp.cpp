void evaluateFourierSeries(std::vector<double> const& a, std::vector<double> const& b, std::vector<double> const& t,
                           std::vector<double>& y) {
  const std::size_t K = a.size();
  const long n = static_cast<long>(t.size());
  #pragma omp parallel for schedule(static)
  for (long i = 0; i < n; ++i) {
    const double c1 = std::cos(t[i]), s1 = std::sin(t[i]);
    double ck = 1.0, sk = 0.0, sum = 0.5 * a[0];
    for (std::size_t k = 1; k < K; ++k) {
      const double cn = ck * c1 - sk * s1;
      sk = sk * c1 + ck * s1;
      ck = cn;
      sum += a[k] * ck + b[k] * sk;
    }
    y[i] = sum;
  }
}

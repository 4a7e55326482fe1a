void evalPolynomial(std::vector<double> const& coeffs, std::vector<double> const& x, std::vector<double>& y) {
  const double* c = coeffs.data();
  const double* xs = x.data();
  double* ys = y.data();
  const long long d = static_cast<long long>(coeffs.size());
  const long long n = static_cast<long long>(x.size());
  #pragma omp parallel for schedule(static)
  for (long long i = 0; i < n; ++i) {
    const double t = xs[i];
    double p = c[d - 1];
    for (long long k = d - 2; k >= 0; --k) p = p * t + c[k];
    ys[i] = p;
  }
}

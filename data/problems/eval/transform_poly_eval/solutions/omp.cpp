void evalPolynomial(std::vector<double> const& coeffs, std::vector<double> const& x, std::vector<double>& y) {
  const std::size_t d = coeffs.size();
  const std::size_t n = x.size();
  #pragma omp parallel for schedule(static)
  for (std::size_t i = 0; i < n; ++i) {
    const double t = x[i];
    double p = coeffs[d - 1];
    for (std::size_t k = d - 1; k-- > 0;) p = p * t + coeffs[k];
    y[i] = p;
  }
}

void evalPolynomial(std::vector<double> const& coeffs, std::vector<double> const& x, std::vector<double>& y) {
  const std::size_t d = coeffs.size();
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double t = x[i];
    double p = coeffs[d - 1];
    for (std::size_t k = d - 1; k-- > 0;) p = p * t + coeffs[k];
    y[i] = p;
  }
}

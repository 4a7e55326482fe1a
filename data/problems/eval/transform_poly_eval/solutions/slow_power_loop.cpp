void evalPolynomial(std::vector<double> const& coeffs, std::vector<double> const& x, std::vector<double>& y) {
  for (std::size_t i = 0; i < x.size(); ++i) {
    double sum = 0.0;
    for (std::size_t k = 0; k < coeffs.size(); ++k) {
      double power = 1.0;
      for (std::size_t j = 0; j < k; ++j) power *= x[i];
      sum += coeffs[k] * power;
    }
    y[i] = sum;
  }
}

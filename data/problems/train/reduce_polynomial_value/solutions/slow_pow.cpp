double evaluatePolynomial(std::vector<double> const& coeffs, double x) {
  double value = 0.0;
  for (std::size_t i = 0; i < coeffs.size(); ++i) value += coeffs[i] * std::pow(x, static_cast<double>(i));
  return value;
}

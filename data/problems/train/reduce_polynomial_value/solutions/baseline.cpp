double evaluatePolynomial(std::vector<double> const& coeffs, double x) {
  // Horner's rule, from the highest power down.
  double value = 0.0;
  for (std::size_t i = coeffs.size(); i-- > 0;) value = value * x + coeffs[i];
  return value;
}

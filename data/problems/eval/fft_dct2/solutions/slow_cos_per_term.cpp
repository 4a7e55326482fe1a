void dctII(std::vector<double> const& x, std::vector<double>& out) {
  const std::size_t n = x.size();
  const double pi = std::acos(-1.0);
  for (std::size_t k = 0; k < n; ++k) {
    double s = 0.0;
    for (std::size_t j = 0; j < n; ++j) s += x[j] * std::cos(pi / n * (j + 0.5) * k);
    out[k] = s;
  }
}

void analyticEnvelope(std::vector<double> const& x, std::vector<double>& env) {
  auto transform = [](std::vector<std::complex<double>>& x, double sign) {
    const std::size_t n = x.size();
    const double pi = std::acos(-1.0);
    for (std::size_t i = 1, j = 0; i < n; ++i) {
      std::size_t bit = n >> 1;
      for (; j & bit; bit >>= 1) j ^= bit;
      j ^= bit;
      if (i < j) std::swap(x[i], x[j]);
    }
    for (std::size_t len = 2; len <= n; len <<= 1) {
      for (std::size_t i = 0; i < n; i += len) {
        for (std::size_t j = 0; j < len / 2; ++j) {
          std::complex<double> w(std::cos(2 * pi * j / len), sign * std::sin(2 * pi * j / len));
          std::complex<double> u = x[i + j], v = w * x[i + j + len / 2];
          x[i + j] = u + v;
          x[i + j + len / 2] = u - v;
        }
      }
    }
  };
  const std::size_t n = x.size();
  std::vector<std::complex<double>> z(x.begin(), x.end());
  transform(z, -1.0);
  for (std::size_t k = 1; k < n; ++k) {
    if (2 * k < n) z[k] *= 2.0;
    else if (2 * k > n) z[k] = 0.0;
  }
  transform(z, 1.0);
  for (std::size_t j = 0; j < n; ++j) env[j] = std::abs(z[j] / double(n));
}

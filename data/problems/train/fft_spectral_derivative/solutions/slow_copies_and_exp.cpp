void spectralDerivative(std::vector<double> const& f, std::vector<double>& df, double period) {
  auto fft = [](std::vector<std::complex<double>> a, bool inverse) -> std::vector<std::complex<double>> {
    const std::size_t n = a.size();
    const double pi = std::acos(-1.0);
    for (std::size_t i = 1, j = 0; i < n; ++i) {
      std::size_t bit = n >> 1;
      for (; j & bit; bit >>= 1) j ^= bit;
      j ^= bit;
      if (i < j) std::swap(a[i], a[j]);
    }
    for (std::size_t len = 2; len <= n; len <<= 1) {
      for (std::size_t i = 0; i < n; i += len) {
        for (std::size_t j = 0; j < len / 2; ++j) {
          std::complex<double> w = std::exp(std::complex<double>(0.0, (inverse ? 2.0 : -2.0) * pi * j / len));
          std::complex<double> u = a[i + j], v = a[i + j + len / 2] * w;
          a[i + j] = u + v;
          a[i + j + len / 2] = u - v;
        }
      }
    }
    return a;
  };
  const std::size_t n = f.size();
  const double pi = std::acos(-1.0);
  std::vector<std::complex<double>> spectrum(f.begin(), f.end());
  spectrum = fft(spectrum, false);
  for (std::size_t k = 0; k < n; ++k) {
    double m = k < n / 2 ? double(k) : double(k) - double(n);
    if (2 * k == n) m = 0;
    spectrum[k] *= std::complex<double>(0.0, 2 * pi * m / period);
  }
  std::vector<std::complex<double>> result = fft(spectrum, true);
  for (std::size_t j = 0; j < n; ++j) df[j] = result[j].real() / n;
}

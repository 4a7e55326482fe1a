std::vector<double> powerSpectrum(std::vector<double> const& x) {
  using cvec = std::vector<std::complex<double>>;
  auto fft = [](auto&& self, const cvec& x) -> cvec {
    const std::size_t n = x.size();
    if (n == 1) return x;
    cvec even(n / 2), odd(n / 2);
    for (std::size_t i = 0; i < n / 2; ++i) {
      even[i] = x[2 * i];
      odd[i] = x[2 * i + 1];
    }
    cvec e = self(self, even), o = self(self, odd);
    cvec out(n);
    const double pi = std::acos(-1.0);
    for (std::size_t k = 0; k < n / 2; ++k) {
      std::complex<double> t = std::polar(1.0, -2 * pi * k / n) * o[k];
      out[k] = e[k] + t;
      out[k + n / 2] = e[k] - t;
    }
    return out;
  };
  const std::size_t n = x.size();
  if (n == 0) return {};
  std::vector<std::complex<double>> signal(x.begin(), x.end());
  std::vector<std::complex<double>> spectrum = fft(fft, signal);
  std::vector<double> power;
  for (std::size_t k = 0; k <= n / 2; ++k) power.push_back(std::norm(spectrum[k]) / n);
  return power;
}

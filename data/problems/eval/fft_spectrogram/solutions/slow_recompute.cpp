void powerSpectrogram(std::vector<double> const& signal, std::vector<double>& spec) {
  const std::size_t N = 256, hop = 128;
  const std::size_t n = signal.size();
  if (n < N) return;
  const std::size_t frames = (n - N) / hop + 1;
  const double pi = std::acos(-1.0);
  for (std::size_t f = 0; f < frames; ++f) {
    std::vector<std::complex<double>> buf(N);
    for (std::size_t i = 0; i < N; ++i) {
      double w = 0.5 - 0.5 * std::cos(2.0 * pi * i / N);
      std::size_t r = 0;
      for (std::size_t b = 0; b < 8; ++b) r |= ((i >> b) & 1) << (7 - b);
      buf[r] = signal[f * hop + i] * w;
    }
    for (std::size_t len = 2; len <= N; len <<= 1) {
      for (std::size_t i = 0; i < N; i += len) {
        for (std::size_t j = 0; j < len / 2; ++j) {
          std::complex<double> w = std::polar(1.0, -2.0 * pi * j / len);
          std::complex<double> t = w * buf[i + j + len / 2];
          buf[i + j + len / 2] = buf[i + j] - t;
          buf[i + j] += t;
        }
      }
    }
    for (std::size_t k = 0; k <= N / 2; ++k) spec[f * (N / 2 + 1) + k] = std::norm(buf[k]);
  }
}

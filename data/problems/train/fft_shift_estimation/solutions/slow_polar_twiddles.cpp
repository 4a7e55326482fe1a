int estimateCircularShift(std::vector<double> const& a, std::vector<double> const& b) {
  auto fft = [](std::vector<std::complex<double>>& x, bool inverse) {
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
          std::complex<double> w = std::polar(1.0, (inverse ? 2 : -2) * pi * j / len);
          std::complex<double> u = x[i + j];
          std::complex<double> v = x[i + j + len / 2] * w;
          x[i + j] = u + v;
          x[i + j + len / 2] = u - v;
        }
      }
    }
  };
  const std::size_t n = a.size();
  std::vector<std::complex<double>> A(a.begin(), a.end()), B(b.begin(), b.end());
  fft(A, false);
  fft(B, false);
  for (std::size_t k = 0; k < n; ++k) A[k] = std::conj(A[k]) * B[k];
  fft(A, true);
  int best = 0;
  for (std::size_t s = 0; s < n; ++s)
    if (A[s].real() > A[best].real()) best = static_cast<int>(s);
  return best;
}

// The same radix-2 FFT applied along rows (stride 1) and then directly along columns (stride n).
static void fftStrided(std::vector<std::complex<double>>& a, std::size_t start, std::size_t stride, std::size_t n) {
  const double pi = std::acos(-1.0);
  for (std::size_t i = 1, j = 0; i < n; ++i) {
    std::size_t bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) std::swap(a[start + i * stride], a[start + j * stride]);
  }
  for (std::size_t len = 2; len <= n; len <<= 1) {
    for (std::size_t i = 0; i < n; i += len) {
      for (std::size_t j = 0; j < len / 2; ++j) {
        std::complex<double> w(std::cos(2 * pi * j / len), -std::sin(2 * pi * j / len));
        std::complex<double>& p = a[start + (i + j) * stride];
        std::complex<double>& q = a[start + (i + j + len / 2) * stride];
        std::complex<double> t = w * q;
        q = p - t;
        p = p + t;
      }
    }
  }
}

void fft2d(std::vector<std::complex<double>>& a, size_t n) {
  for (std::size_t r = 0; r < n; ++r) fftStrided(a, r * n, 1, n);
  for (std::size_t c = 0; c < n; ++c) fftStrided(a, c, n, n);
}

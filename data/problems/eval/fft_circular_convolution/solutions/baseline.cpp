// Iterative radix-2 FFT with a precomputed twiddle table; inverse by conjugated twiddles.
static void fftRadix2(std::vector<std::complex<double>>& x, std::vector<std::complex<double>> const& w, bool inverse) {
  const std::size_t n = x.size();
  for (std::size_t i = 1, j = 0; i < n; ++i) {
    std::size_t bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) std::swap(x[i], x[j]);
  }
  const double sgn = inverse ? -1.0 : 1.0;
  for (std::size_t len = 2; len <= n; len <<= 1) {
    const std::size_t half = len / 2, step = n / len;
    for (std::size_t i = 0; i < n; i += len) {
      for (std::size_t j = 0; j < half; ++j) {
        const double wr = w[j * step].real(), wi = sgn * w[j * step].imag();
        const double ur = x[i + j].real(), ui = x[i + j].imag();
        const double xr = x[i + j + half].real(), xi = x[i + j + half].imag();
        const double vr = xr * wr - xi * wi, vi = xr * wi + xi * wr;
        x[i + j] = {ur + vr, ui + vi};
        x[i + j + half] = {ur - vr, ui - vi};
      }
    }
  }
}

void circularConvolution(std::vector<std::complex<double>> const& a, std::vector<std::complex<double>> const& b,
                         std::vector<std::complex<double>>& c) {
  const std::size_t n = a.size();
  if (n == 0) return;
  const double pi = std::acos(-1.0);
  std::vector<std::complex<double>> w(n / 2);
  for (std::size_t k = 0; k < n / 2; ++k) {
    const double ang = -2.0 * pi * static_cast<double>(k) / static_cast<double>(n);
    w[k] = {std::cos(ang), std::sin(ang)};
  }
  std::vector<std::complex<double>> fa(a), fb(b);
  fftRadix2(fa, w, false);
  fftRadix2(fb, w, false);
  for (std::size_t k = 0; k < n; ++k) {
    const double ar = fa[k].real(), ai = fa[k].imag(), br = fb[k].real(), bi = fb[k].imag();
    fa[k] = {ar * br - ai * bi, ar * bi + ai * br};
  }
  fftRadix2(fa, w, true);
  const double scale = 1.0 / static_cast<double>(n);
  for (std::size_t k = 0; k < n; ++k) c[k] = fa[k] * scale;
}

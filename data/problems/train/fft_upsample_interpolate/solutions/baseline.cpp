#include <utility>

std::vector<double> upsample2x(std::vector<double> const& x) {
  // Iterative in-place radix-2 FFT with per-stage contiguous twiddles (sign selects the direction).
  auto fft = [](std::vector<std::complex<double>>& a, bool inverse) {
    const std::size_t n = a.size();
    for (std::size_t i = 1, j = 0; i < n; ++i) {
      std::size_t bit = n >> 1;
      for (; j & bit; bit >>= 1) j ^= bit;
      j ^= bit;
      if (i < j) std::swap(a[i], a[j]);
    }
    const double pi = std::acos(-1.0);
    const double sgn = inverse ? 1.0 : -1.0;
    std::vector<std::complex<double>> tw(n);
    for (std::size_t h = 1; h < n; h <<= 1)
      for (std::size_t j = 0; j < h; ++j) tw[h + j] = {std::cos(pi * j / h), sgn * std::sin(pi * j / h)};
    for (std::size_t h = 1; h < n; h <<= 1) {
      for (std::size_t i = 0; i < n; i += 2 * h) {
        for (std::size_t j = 0; j < h; ++j) {
          const double wr = tw[h + j].real(), wi = tw[h + j].imag();
          const double br = a[i + j + h].real(), bi = a[i + j + h].imag();
          const double tr = br * wr - bi * wi, ti = br * wi + bi * wr;
          const double ar = a[i + j].real(), ai = a[i + j].imag();
          a[i + j] = {ar + tr, ai + ti};
          a[i + j + h] = {ar - tr, ai - ti};
        }
      }
    }
  };
  const std::size_t n = x.size();
  if (n == 0) return {};
  if (n == 1) return {x[0], x[0]};
  std::vector<std::complex<double>> X(n);
  for (std::size_t j = 0; j < n; ++j) X[j] = {x[j], 0.0};
  fft(X, false);
  // Zero-pad the spectrum to 2n, splitting the Nyquist bin between +n/2 and -n/2.
  std::vector<std::complex<double>> Y(2 * n, {0.0, 0.0});
  const std::size_t h = n / 2;
  for (std::size_t k = 0; k < h; ++k) Y[k] = X[k];
  for (std::size_t k = 1; k < h; ++k) Y[2 * n - k] = X[n - k];
  Y[h] = 0.5 * X[h];
  Y[2 * n - h] = 0.5 * X[h];
  fft(Y, true);
  std::vector<double> y(2 * n);
  const double scale = 1.0 / static_cast<double>(n);
  for (std::size_t m = 0; m < 2 * n; ++m) y[m] = Y[m].real() * scale;
  return y;
}

#include <utility>

void spectralDerivative(std::vector<double> const& f, std::vector<double>& df, double period) {
  // In-place iterative radix-2 FFT (twiddles per stage, contiguous); the inverse reuses it with
  // conjugated twiddles. The spectrum is scaled by i*2*pi*m/period and the 1/n in one pass.
  auto fft = [](std::vector<std::complex<double>>& a, std::vector<std::complex<double>> const& tw, bool inverse) {
    const std::size_t n = a.size();
    for (std::size_t i = 1, j = 0; i < n; ++i) {
      std::size_t bit = n >> 1;
      for (; j & bit; bit >>= 1) j ^= bit;
      j ^= bit;
      if (i < j) std::swap(a[i], a[j]);
    }
    const double sgn = inverse ? -1.0 : 1.0;
    for (std::size_t h = 1; h < n; h <<= 1) {
      for (std::size_t i = 0; i < n; i += 2 * h) {
        for (std::size_t j = 0; j < h; ++j) {
          const double wr = tw[h + j].real(), wi = sgn * tw[h + j].imag();
          const double br = a[i + j + h].real(), bi = a[i + j + h].imag();
          const double tr = br * wr - bi * wi, ti = br * wi + bi * wr;
          const double ar = a[i + j].real(), ai = a[i + j].imag();
          a[i + j] = {ar + tr, ai + ti};
          a[i + j + h] = {ar - tr, ai - ti};
        }
      }
    }
  };
  const std::size_t n = f.size();
  if (n == 0) return;
  const double pi = std::acos(-1.0);
  std::vector<std::complex<double>> tw(n);
  for (std::size_t h = 1; h < n; h <<= 1)
    for (std::size_t j = 0; j < h; ++j) tw[h + j] = {std::cos(pi * j / h), -std::sin(pi * j / h)};
  std::vector<std::complex<double>> a(n);
  for (std::size_t j = 0; j < n; ++j) a[j] = {f[j], 0.0};
  fft(a, tw, false);
  const double base = 2.0 * pi / period / static_cast<double>(n);
  for (std::size_t k = 0; k < n; ++k) {
    double m = (k < n / 2) ? static_cast<double>(k) : static_cast<double>(k) - static_cast<double>(n);
    if (2 * k == n) m = 0.0;
    const double c = base * m;  // multiply by i*c: (re, im) -> (-c*im, c*re)
    a[k] = {-c * a[k].imag(), c * a[k].real()};
  }
  fft(a, tw, true);
  for (std::size_t j = 0; j < n; ++j) df[j] = a[j].real();
}

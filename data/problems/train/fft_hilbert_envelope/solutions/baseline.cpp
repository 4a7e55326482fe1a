#include <utility>

void analyticEnvelope(std::vector<double> const& x, std::vector<double>& env) {
  // In-place iterative radix-2 FFT with per-stage contiguous twiddles; the inverse conjugates them.
  auto fft = [](std::vector<std::complex<double>>& x, std::vector<std::complex<double>> const& tw, bool inverse) {
    const std::size_t n = x.size();
    for (std::size_t i = 1, j = 0; i < n; ++i) {
      std::size_t bit = n >> 1;
      for (; j & bit; bit >>= 1) j ^= bit;
      j ^= bit;
      if (i < j) std::swap(x[i], x[j]);
    }
    const double sgn = inverse ? -1.0 : 1.0;
    for (std::size_t h = 1; h < n; h <<= 1) {
      for (std::size_t i = 0; i < n; i += 2 * h) {
        for (std::size_t j = 0; j < h; ++j) {
          const double wr = tw[h + j].real(), wi = sgn * tw[h + j].imag();
          const double br = x[i + j + h].real(), bi = x[i + j + h].imag();
          const double tr = br * wr - bi * wi, ti = br * wi + bi * wr;
          const double ar = x[i + j].real(), ai = x[i + j].imag();
          x[i + j] = {ar + tr, ai + ti};
          x[i + j + h] = {ar - tr, ai - ti};
        }
      }
    }
  };
  const std::size_t n = x.size();
  if (n == 0) return;
  const double pi = std::acos(-1.0);
  std::vector<std::complex<double>> tw(n);
  for (std::size_t h = 1; h < n; h <<= 1)
    for (std::size_t j = 0; j < h; ++j) tw[h + j] = {std::cos(pi * j / h), -std::sin(pi * j / h)};
  std::vector<std::complex<double>> z(n);
  for (std::size_t j = 0; j < n; ++j) z[j] = {x[j], 0.0};
  fft(z, tw, false);
  // Keep DC and Nyquist, double the positive frequencies, drop the negative ones; fold in 1/n.
  const double inv = 1.0 / static_cast<double>(n);
  for (std::size_t k = 0; k < n; ++k) {
    double g = (k == 0 || 2 * k == n) ? inv : (2 * k < n ? 2.0 * inv : 0.0);
    z[k] *= g;
  }
  fft(z, tw, true);
  for (std::size_t j = 0; j < n; ++j) env[j] = std::sqrt(z[j].real() * z[j].real() + z[j].imag() * z[j].imag());
}

#include <algorithm>

std::vector<std::complex<double>> realFFT(std::vector<double> const& x) {
  auto butterfly = [](std::complex<double>* g, std::size_t h, std::size_t j, std::complex<double> w) {
    const double wr = w.real(), wi = w.imag();
    const double br = g[j + h].real(), bi = g[j + h].imag();
    const double tr = br * wr - bi * wi, ti = br * wi + bi * wr;
    const double ar = g[j].real(), ai = g[j].imag();
    g[j] = {ar + tr, ai + ti};
    g[j + h] = {ar - tr, ai - ti};
  };
  const std::size_t n = x.size();
  if (n == 0) return {};
  if (n == 1) return {std::complex<double>(x[0], 0.0)};
  const std::size_t m = n / 2;
  unsigned logm = 0;
  while ((std::size_t(1) << logm) < m) ++logm;
  const double pi = std::acos(-1.0);
  std::vector<std::complex<double>> z(m), w(m), tw(m), out(m + 1);
  const std::size_t blocks = 64, bsize = (m + blocks - 1) / blocks;
  #pragma omp parallel
  {
    // w[k] = exp(-2 pi i k / n) serves the post-processing and, subsampled, every FFT stage.
    #pragma omp for schedule(static)
    for (std::size_t k = 0; k < m; ++k) w[k] = {std::cos(pi * k / m), -std::sin(pi * k / m)};
    for (std::size_t h = 1; h < m; h <<= 1) {
      #pragma omp for schedule(static) nowait
      for (std::size_t j = 0; j < h; ++j) tw[h + j] = w[j * (m / h)];
    }
    // Pack even/odd samples directly into bit-reversed positions (a permutation: no conflicts).
    #pragma omp for schedule(static)
    for (std::size_t b = 0; b < blocks; ++b) {
      const std::size_t i0 = b * bsize, i1 = std::min(m, i0 + bsize);
      if (i0 >= i1) continue;
      std::size_t j = 0;
      for (unsigned t = 0; t < logm; ++t) j |= ((i0 >> t) & 1) << (logm - 1 - t);
      for (std::size_t i = i0; i < i1; ++i) {
        z[j] = {x[2 * i], x[2 * i + 1]};
        std::size_t bit = m >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
      }
    }
    for (std::size_t h = 1; h < m; h <<= 1) {
      if (h >= 4096) {
        for (std::size_t i = 0; i < m; i += 2 * h) {
          #pragma omp for schedule(static)
          for (std::size_t j = 0; j < h; ++j) butterfly(z.data() + i, h, j, tw[h + j]);
        }
      } else {
        #pragma omp for schedule(static)
        for (std::size_t i = 0; i < m; i += 2 * h)
          for (std::size_t j = 0; j < h; ++j) butterfly(z.data() + i, h, j, tw[h + j]);
      }
    }
    #pragma omp for schedule(static)
    for (std::size_t k = 1; k < m; ++k) {
      const double ar = z[k].real(), ai = z[k].imag();
      const double br = z[m - k].real(), bi = -z[m - k].imag();
      const double er = 0.5 * (ar + br), ei = 0.5 * (ai + bi);
      const double orr = 0.5 * (ai - bi), oi = -0.5 * (ar - br);
      const double c = w[k].real(), s = w[k].imag();
      out[k] = {er + c * orr - s * oi, ei + c * oi + s * orr};
    }
  }
  out[0] = {z[0].real() + z[0].imag(), 0.0};
  out[m] = {z[0].real() - z[0].imag(), 0.0};
  return out;
}

#include <algorithm>

std::vector<double> powerSpectrum(std::vector<double> const& x) {
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
  std::vector<double> power(n / 2 + 1);
  std::vector<std::complex<double>> a(n), tw(n);
  unsigned logn = 0;
  while ((std::size_t(1) << logn) < n) ++logn;
  const double pi = std::acos(-1.0);
  #pragma omp parallel
  {
    // Load the signal directly into bit-reversed positions (a permutation: no conflicts).
    const std::size_t blocks = 64, bsize = (n + blocks - 1) / blocks;
    #pragma omp for schedule(static) nowait
    for (std::size_t b = 0; b < blocks; ++b) {
      const std::size_t i0 = b * bsize, i1 = std::min(n, i0 + bsize);
      if (i0 >= i1) continue;
      std::size_t j = 0;
      for (unsigned t = 0; t < logn; ++t) j |= ((i0 >> t) & 1) << (logn - 1 - t);
      for (std::size_t i = i0; i < i1; ++i) {
        a[j] = {x[i], 0.0};
        std::size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
      }
    }
    for (std::size_t h = 1; h < n; h <<= 1) {
      #pragma omp for schedule(static) nowait
      for (std::size_t j = 0; j < h; ++j) tw[h + j] = {std::cos(pi * j / h), -std::sin(pi * j / h)};
    }
    #pragma omp barrier
    for (std::size_t h = 1; h < n; h <<= 1) {
      if (h >= 4096) {
        // Wide stages: few groups; the threads share each group's butterflies.
        for (std::size_t i = 0; i < n; i += 2 * h) {
          #pragma omp for schedule(static)
          for (std::size_t j = 0; j < h; ++j) butterfly(a.data() + i, h, j, tw[h + j]);
        }
      } else {
        // Narrow stages: the threads share the groups.
        #pragma omp for schedule(static)
        for (std::size_t i = 0; i < n; i += 2 * h)
          for (std::size_t j = 0; j < h; ++j) butterfly(a.data() + i, h, j, tw[h + j]);
      }
    }
    const double inv = 1.0 / static_cast<double>(n);
    #pragma omp for schedule(static)
    for (std::size_t k = 0; k <= n / 2; ++k) power[k] = (a[k].real() * a[k].real() + a[k].imag() * a[k].imag()) * inv;
  }
  return power;
}

#include <algorithm>

void spectralDerivative(std::vector<double> const& f, std::vector<double>& df, double period) {
  auto butterfly = [](std::complex<double>* g, std::size_t h, std::size_t j, double wr, double wi) {
    const double br = g[j + h].real(), bi = g[j + h].imag();
    const double tr = br * wr - bi * wi, ti = br * wi + bi * wr;
    const double ar = g[j].real(), ai = g[j].imag();
    g[j] = {ar + tr, ai + ti};
    g[j + h] = {ar - tr, ai - ti};
  };
  // Runs inside a parallel region. `a` already holds its input in bit-reversed order.
  auto stages = [&](std::vector<std::complex<double>>& a, std::vector<std::complex<double>> const& tw, double sgn) {
    const std::size_t n = a.size();
    for (std::size_t h = 1; h < n; h <<= 1) {
      if (h >= 4096) {
        for (std::size_t i = 0; i < n; i += 2 * h) {
          #pragma omp for schedule(static)
          for (std::size_t j = 0; j < h; ++j) butterfly(a.data() + i, h, j, tw[h + j].real(), sgn * tw[h + j].imag());
        }
      } else {
        #pragma omp for schedule(static)
        for (std::size_t i = 0; i < n; i += 2 * h)
          for (std::size_t j = 0; j < h; ++j) butterfly(a.data() + i, h, j, tw[h + j].real(), sgn * tw[h + j].imag());
      }
    }
  };
  auto reverseBits = [](std::size_t i, unsigned logn) -> std::size_t {
    std::size_t r = 0;
    for (unsigned t = 0; t < logn; ++t) r |= ((i >> t) & 1) << (logn - 1 - t);
    return r;
  };
  const std::size_t n = f.size();
  if (n == 0) return;
  unsigned logn = 0;
  while ((std::size_t(1) << logn) < n) ++logn;
  const double pi = std::acos(-1.0);
  const double base = 2.0 * pi / period / static_cast<double>(n);
  std::vector<std::complex<double>> tw(n), a(n), b(n);
  const std::size_t blocks = 64, bsize = (n + blocks - 1) / blocks;
  #pragma omp parallel
  {
    for (std::size_t h = 1; h < n; h <<= 1) {
      #pragma omp for schedule(static) nowait
      for (std::size_t j = 0; j < h; ++j) tw[h + j] = {std::cos(pi * j / h), -std::sin(pi * j / h)};
    }
    // Scatter the samples to bit-reversed positions (each thread walks one block of indices).
    #pragma omp for schedule(static)
    for (std::size_t blk = 0; blk < blocks; ++blk) {
      const std::size_t i0 = blk * bsize, i1 = std::min(n, i0 + bsize);
      if (i0 >= i1) continue;
      std::size_t j = reverseBits(i0, logn);
      for (std::size_t i = i0; i < i1; ++i) {
        a[j] = {f[i], 0.0};
        std::size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
      }
    }
    stages(a, tw, 1.0);
    // Multiply by i*2*pi*m/period/n and scatter to bit-reversed positions for the inverse.
    #pragma omp for schedule(static)
    for (std::size_t blk = 0; blk < blocks; ++blk) {
      const std::size_t k0 = blk * bsize, k1 = std::min(n, k0 + bsize);
      if (k0 >= k1) continue;
      std::size_t j = reverseBits(k0, logn);
      for (std::size_t k = k0; k < k1; ++k) {
        double m = (k < n / 2) ? static_cast<double>(k) : static_cast<double>(k) - static_cast<double>(n);
        if (2 * k == n) m = 0.0;
        const double c = base * m;
        b[j] = {-c * a[k].imag(), c * a[k].real()};
        std::size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
      }
    }
    stages(b, tw, -1.0);
    #pragma omp for schedule(static)
    for (std::size_t j = 0; j < n; ++j) df[j] = b[j].real();
  }
}

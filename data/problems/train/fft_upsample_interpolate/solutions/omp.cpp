#include <algorithm>

std::vector<double> upsample2x(std::vector<double> const& x) {
  auto butterfly = [](std::complex<double>* g, std::size_t h, std::size_t j, std::complex<double> w) {
    const double wr = w.real(), wi = w.imag();
    const double br = g[j + h].real(), bi = g[j + h].imag();
    const double tr = br * wr - bi * wi, ti = br * wi + bi * wr;
    const double ar = g[j].real(), ai = g[j].imag();
    g[j] = {ar + tr, ai + ti};
    g[j + h] = {ar - tr, ai - ti};
  };
  auto reverseBits = [](std::size_t i, unsigned logn) -> std::size_t {
    std::size_t r = 0;
    for (unsigned t = 0; t < logn; ++t) r |= ((i >> t) & 1) << (logn - 1 - t);
    return r;
  };
  // Called by every thread of a parallel region: a[] in natural order is permuted to bit-reversed
  // order into `out` (blocks of indices per thread), then transformed in place in `out`.
  auto fftInto = [&](std::vector<std::complex<double>> const& a, std::vector<std::complex<double>>& out,
                     std::vector<std::complex<double>> const& tw, unsigned logn) {
    const std::size_t n = a.size();
    const std::size_t blocks = 64, bsize = (n + blocks - 1) / blocks;
    #pragma omp for schedule(static)
    for (std::size_t b = 0; b < blocks; ++b) {
      const std::size_t i0 = b * bsize, i1 = std::min(n, i0 + bsize);
      if (i0 >= i1) continue;
      std::size_t j = reverseBits(i0, logn);
      for (std::size_t i = i0; i < i1; ++i) {
        out[j] = a[i];
        std::size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
      }
    }
    for (std::size_t h = 1; h < n; h <<= 1) {
      if (h >= 4096) {
        for (std::size_t i = 0; i < n; i += 2 * h) {
          #pragma omp for schedule(static)
          for (std::size_t j = 0; j < h; ++j) butterfly(out.data() + i, h, j, tw[h + j]);
        }
      } else {
        #pragma omp for schedule(static)
        for (std::size_t i = 0; i < n; i += 2 * h)
          for (std::size_t j = 0; j < h; ++j) butterfly(out.data() + i, h, j, tw[h + j]);
      }
    }
  };
  const std::size_t n = x.size();
  if (n == 0) return {};
  if (n == 1) return {x[0], x[0]};
  unsigned logn = 0;
  while ((std::size_t(1) << logn) < n) ++logn;
  const std::size_t n2 = 2 * n, h = n / 2;
  const double pi = std::acos(-1.0);
  std::vector<std::complex<double>> xc(n), X(n), Y(n2), Z(n2), twf(n), twi(n2);
  std::vector<double> y(n2);
  const double scale = 1.0 / static_cast<double>(n);
  #pragma omp parallel
  {
    // Forward twiddles for size n and inverse twiddles for size 2n (per stage, contiguous).
    for (std::size_t s = 1; s < n2; s <<= 1) {
      #pragma omp for schedule(static) nowait
      for (std::size_t j = 0; j < s; ++j) {
        const double c = std::cos(pi * j / s), sn = std::sin(pi * j / s);
        if (s < n) twf[s + j] = {c, -sn};
        twi[s + j] = {c, sn};
      }
    }
    #pragma omp for schedule(static)
    for (std::size_t j = 0; j < n; ++j) xc[j] = {x[j], 0.0};
    fftInto(xc, X, twf, logn);
    #pragma omp for schedule(static)
    for (std::size_t k = 0; k < n2; ++k) {
      if (k < h) Y[k] = X[k];
      else if (k == h || k == n2 - h) Y[k] = 0.5 * X[h];
      else if (k > n2 - h) Y[k] = X[k - n];
      else Y[k] = {0.0, 0.0};
    }
    fftInto(Y, Z, twi, logn + 1);
    #pragma omp for schedule(static)
    for (std::size_t m = 0; m < n2; ++m) y[m] = Z[m].real() * scale;
  }
  return y;
}

#include <algorithm>
// Same algorithm as the baseline; every pass (twiddles, bit reversal, each butterfly stage,
// pointwise product) is a parallel loop inside one parallel region per transform.
static void fftRadix2Par(std::vector<std::complex<double>>& x, std::vector<std::complex<double>> const& w, bool inverse) {
  const std::size_t n = x.size();
  unsigned logn = 0;
  while ((std::size_t(1) << logn) < n) ++logn;
  const double sgn = inverse ? -1.0 : 1.0;
  #pragma omp parallel
  {
    // Bit-reversal permutation: each thread takes a block of indices, computes the reversed
    // index of its first one and then advances it incrementally. Each pair i < j is swapped
    // only by the thread that owns i.
    const std::size_t blocks = 64;
    const std::size_t bsize = (n + blocks - 1) / blocks;
    #pragma omp for schedule(static)
    for (std::size_t blk = 0; blk < blocks; ++blk) {
      const std::size_t i0 = blk * bsize, i1 = std::min(n, i0 + bsize);
      if (i0 >= i1) continue;
      std::size_t j = 0;
      for (unsigned b = 0; b < logn; ++b) j |= ((i0 >> b) & 1) << (logn - 1 - b);
      for (std::size_t i = i0; i < i1; ++i) {
        if (i < j) std::swap(x[i], x[j]);
        std::size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
      }
    }
    for (std::size_t len = 2; len <= n; len <<= 1) {
      const std::size_t half = len / 2, step = n / len;
      if (half >= 1024) {
        // Few long groups: split each group's butterflies among the threads.
        for (std::size_t i = 0; i < n; i += len) {
          #pragma omp for schedule(static)
          for (std::size_t j = 0; j < half; ++j) {
            const double wr = w[j * step].real(), wi = sgn * w[j * step].imag();
            const double ur = x[i + j].real(), ui = x[i + j].imag();
            const double xr = x[i + j + half].real(), xi = x[i + j + half].imag();
            const double vr = xr * wr - xi * wi, vi = xr * wi + xi * wr;
            x[i + j] = {ur + vr, ui + vi};
            x[i + j + half] = {ur - vr, ui - vi};
          }
        }
      } else {
        // Many short groups: split the groups among the threads.
        #pragma omp for schedule(static)
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
  }
}

void circularConvolution(std::vector<std::complex<double>> const& a, std::vector<std::complex<double>> const& b,
                         std::vector<std::complex<double>>& c) {
  const std::size_t n = a.size();
  if (n == 0) return;
  const double pi = std::acos(-1.0);
  std::vector<std::complex<double>> w(n / 2), fa(a), fb(b);
  #pragma omp parallel for schedule(static)
  for (std::size_t k = 0; k < n / 2; ++k) {
    const double ang = -2.0 * pi * static_cast<double>(k) / static_cast<double>(n);
    w[k] = {std::cos(ang), std::sin(ang)};
  }
  fftRadix2Par(fa, w, false);
  fftRadix2Par(fb, w, false);
  #pragma omp parallel for schedule(static)
  for (std::size_t k = 0; k < n; ++k) {
    const double ar = fa[k].real(), ai = fa[k].imag(), br = fb[k].real(), bi = fb[k].imag();
    fa[k] = {ar * br - ai * bi, ar * bi + ai * br};
  }
  fftRadix2Par(fa, w, true);
  const double scale = 1.0 / static_cast<double>(n);
  #pragma omp parallel for schedule(static)
  for (std::size_t k = 0; k < n; ++k) c[k] = fa[k] * scale;
}

#include <algorithm>

int estimateCircularShift(std::vector<double> const& a, std::vector<double> const& b) {
  auto butterfly = [](std::complex<double>* g, std::size_t h, std::size_t j, double wr, double wi) {
    const double br = g[j + h].real(), bi = g[j + h].imag();
    const double tr = br * wr - bi * wi, ti = br * wi + bi * wr;
    const double ar = g[j].real(), ai = g[j].imag();
    g[j] = {ar + tr, ai + ti};
    g[j + h] = {ar - tr, ai - ti};
  };
  // Called by every thread of a parallel region; x already holds its input in bit-reversed order.
  auto stages = [&](std::vector<std::complex<double>>& x, std::vector<std::complex<double>> const& tw, double sgn) {
    const std::size_t n = x.size();
    for (std::size_t h = 1; h < n; h <<= 1) {
      if (h >= 4096) {
        for (std::size_t i = 0; i < n; i += 2 * h) {
          #pragma omp for schedule(static)
          for (std::size_t j = 0; j < h; ++j) butterfly(x.data() + i, h, j, tw[h + j].real(), sgn * tw[h + j].imag());
        }
      } else {
        #pragma omp for schedule(static)
        for (std::size_t i = 0; i < n; i += 2 * h)
          for (std::size_t j = 0; j < h; ++j) butterfly(x.data() + i, h, j, tw[h + j].real(), sgn * tw[h + j].imag());
      }
    }
  };
  auto reverseBits = [](std::size_t i, unsigned logn) -> std::size_t {
    std::size_t r = 0;
    for (unsigned t = 0; t < logn; ++t) r |= ((i >> t) & 1) << (logn - 1 - t);
    return r;
  };
  const std::size_t n = a.size();
  if (n <= 1) return 0;
  unsigned logn = 0;
  while ((std::size_t(1) << logn) < n) ++logn;
  const double pi = std::acos(-1.0);
  std::vector<std::complex<double>> tw(n), A(n), B(n), C(n);
  const std::size_t blocks = 64, bsize = (n + blocks - 1) / blocks;
  std::size_t best = 0;
  #pragma omp parallel
  {
    for (std::size_t h = 1; h < n; h <<= 1) {
      #pragma omp for schedule(static) nowait
      for (std::size_t j = 0; j < h; ++j) tw[h + j] = {std::cos(pi * j / h), -std::sin(pi * j / h)};
    }
    #pragma omp for schedule(static)
    for (std::size_t blk = 0; blk < blocks; ++blk) {
      const std::size_t i0 = blk * bsize, i1 = std::min(n, i0 + bsize);
      if (i0 >= i1) continue;
      std::size_t j = reverseBits(i0, logn);
      for (std::size_t i = i0; i < i1; ++i) {
        A[j] = {a[i], 0.0};
        B[j] = {b[i], 0.0};
        std::size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
      }
    }
    stages(A, tw, 1.0);
    stages(B, tw, 1.0);
    // conj(A) * B, written to bit-reversed positions for the inverse transform.
    #pragma omp for schedule(static)
    for (std::size_t blk = 0; blk < blocks; ++blk) {
      const std::size_t k0 = blk * bsize, k1 = std::min(n, k0 + bsize);
      if (k0 >= k1) continue;
      std::size_t j = reverseBits(k0, logn);
      for (std::size_t k = k0; k < k1; ++k) {
        const double ar = A[k].real(), ai = -A[k].imag(), br = B[k].real(), bi = B[k].imag();
        C[j] = {ar * br - ai * bi, ar * bi + ai * br};
        std::size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
      }
    }
    stages(C, tw, -1.0);
    // Per-thread first maximum, then the smallest index among the best values.
    std::size_t mine = n;
    #pragma omp for schedule(static) nowait
    for (std::size_t s = 0; s < n; ++s)
      if (mine == n || C[s].real() > C[mine].real()) mine = s;
    #pragma omp critical
    {
      if (mine != n && (C[mine].real() > C[best].real() || (C[mine].real() == C[best].real() && mine < best)))
        best = mine;
    }
  }
  return static_cast<int>(best);
}

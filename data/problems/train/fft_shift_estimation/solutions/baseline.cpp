#include <utility>

int estimateCircularShift(std::vector<double> const& a, std::vector<double> const& b) {
  // Iterative radix-2 FFT with per-stage contiguous twiddles; c = IDFT(conj(A) * B) and the
  // first index of its maximum (the 1/n factor does not change the argmax).
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
  const std::size_t n = a.size();
  if (n <= 1) return 0;
  const double pi = std::acos(-1.0);
  std::vector<std::complex<double>> tw(n);
  for (std::size_t h = 1; h < n; h <<= 1)
    for (std::size_t j = 0; j < h; ++j) tw[h + j] = {std::cos(pi * j / h), -std::sin(pi * j / h)};
  std::vector<std::complex<double>> A(n), B(n);
  for (std::size_t j = 0; j < n; ++j) {
    A[j] = {a[j], 0.0};
    B[j] = {b[j], 0.0};
  }
  fft(A, tw, false);
  fft(B, tw, false);
  for (std::size_t k = 0; k < n; ++k) {
    const double ar = A[k].real(), ai = -A[k].imag(), br = B[k].real(), bi = B[k].imag();
    A[k] = {ar * br - ai * bi, ar * bi + ai * br};
  }
  fft(A, tw, true);
  std::size_t best = 0;
  for (std::size_t s = 1; s < n; ++s)
    if (A[s].real() > A[best].real()) best = s;
  return static_cast<int>(best);
}

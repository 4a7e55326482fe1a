#include <algorithm>
// Row FFTs, a blocked in-place transpose, row FFTs again (the former columns), transpose back:
// every transform runs on contiguous memory.
static void fftRow(std::complex<double>* x, std::size_t n, std::vector<std::size_t> const& rev,
                   std::vector<std::complex<double>> const& tw) {
  for (std::size_t i = 0; i < n; ++i)
    if (i < rev[i]) std::swap(x[i], x[rev[i]]);
  for (std::size_t half = 1; half < n; half <<= 1) {
    for (std::size_t i = 0; i < n; i += 2 * half) {
      for (std::size_t j = 0; j < half; ++j) {
        const double wr = tw[half + j].real(), wi = tw[half + j].imag();
        const double ur = x[i + j].real(), ui = x[i + j].imag();
        const double xr = x[i + j + half].real(), xi = x[i + j + half].imag();
        const double vr = xr * wr - xi * wi, vi = xr * wi + xi * wr;
        x[i + j] = {ur + vr, ui + vi};
        x[i + j + half] = {ur - vr, ui - vi};
      }
    }
  }
}

static void transposeInPlace(std::vector<std::complex<double>>& a, std::size_t n) {
  const std::size_t B = 32;
  for (std::size_t rb = 0; rb < n; rb += B)
    for (std::size_t cb = rb; cb < n; cb += B)
      for (std::size_t r = rb; r < std::min(rb + B, n); ++r)
        for (std::size_t c = (cb == rb ? r + 1 : cb); c < std::min(cb + B, n); ++c)
          std::swap(a[r * n + c], a[c * n + r]);
}

void fft2d(std::vector<std::complex<double>>& a, size_t n) {
  if (n <= 1) return;
  const double pi = std::acos(-1.0);
  unsigned logn = 0;
  while ((std::size_t(1) << logn) < n) ++logn;
  std::vector<std::size_t> rev(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t r = 0;
    for (unsigned b = 0; b < logn; ++b) r |= ((i >> b) & 1) << (logn - 1 - b);
    rev[i] = r;
  }
  // Stage with half-length h uses tw[h + j] = exp(-pi i j / h).
  std::vector<std::complex<double>> tw(n);
  for (std::size_t h = 1; h < n; h <<= 1)
    for (std::size_t j = 0; j < h; ++j) tw[h + j] = {std::cos(pi * j / h), -std::sin(pi * j / h)};
  for (std::size_t r = 0; r < n; ++r) fftRow(&a[r * n], n, rev, tw);
  transposeInPlace(a, n);
  for (std::size_t r = 0; r < n; ++r) fftRow(&a[r * n], n, rev, tw);
  transposeInPlace(a, n);
}

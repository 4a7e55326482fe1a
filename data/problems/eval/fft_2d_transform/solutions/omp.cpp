#include <algorithm>
// Same algorithm as the baseline: rows are transformed in parallel, and the blocked transpose
// is split among the threads by block row.
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
  const long B = 32;
  const long nb = static_cast<long>((n + B - 1) / B);
  #pragma omp for schedule(dynamic, 1)
  for (long bi = 0; bi < nb; ++bi) {
    const std::size_t rb = bi * B;
    for (std::size_t cb = rb; cb < n; cb += B)
      for (std::size_t r = rb; r < std::min<std::size_t>(rb + B, n); ++r)
        for (std::size_t c = (cb == rb ? r + 1 : cb); c < std::min<std::size_t>(cb + B, n); ++c)
          std::swap(a[r * n + c], a[c * n + r]);
  }
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
  std::vector<std::complex<double>> tw(n);
  for (std::size_t h = 1; h < n; h <<= 1)
    for (std::size_t j = 0; j < h; ++j) tw[h + j] = {std::cos(pi * j / h), -std::sin(pi * j / h)};
  const long rows = static_cast<long>(n);
  #pragma omp parallel
  {
    for (int pass = 0; pass < 2; ++pass) {
      #pragma omp for schedule(static)
      for (long r = 0; r < rows; ++r) fftRow(&a[r * n], n, rev, tw);
      transposeInPlace(a, n);  // ends with the implicit barrier of its omp for
    }
  }
}

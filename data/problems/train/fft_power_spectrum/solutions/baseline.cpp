// Complex radix-2 FFT of the signal (imaginary parts zero), iterative and in place, with the
// twiddles of each stage stored contiguously; then |X[k]|^2 / n for the first n/2 + 1 bins.
std::vector<double> powerSpectrum(std::vector<double> const& x) {
  const std::size_t n = x.size();
  std::vector<double> power(n / 2 + 1);
  if (n == 0) return {};
  std::vector<std::complex<double>> a(n);
  for (std::size_t j = 0; j < n; ++j) a[j] = {x[j], 0.0};
  for (std::size_t i = 1, j = 0; i < n; ++i) {
    std::size_t bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) std::swap(a[i], a[j]);
  }
  const double pi = std::acos(-1.0);
  std::vector<std::complex<double>> tw(n);
  for (std::size_t h = 1; h < n; h <<= 1)
    for (std::size_t j = 0; j < h; ++j) tw[h + j] = {std::cos(pi * j / h), -std::sin(pi * j / h)};
  for (std::size_t h = 1; h < n; h <<= 1) {
    for (std::size_t i = 0; i < n; i += 2 * h) {
      for (std::size_t j = 0; j < h; ++j) {
        const double wr = tw[h + j].real(), wi = tw[h + j].imag();
        const double br = a[i + j + h].real(), bi = a[i + j + h].imag();
        const double tr = br * wr - bi * wi, ti = br * wi + bi * wr;
        const double ar = a[i + j].real(), ai = a[i + j].imag();
        a[i + j] = {ar + tr, ai + ti};
        a[i + j + h] = {ar - tr, ai - ti};
      }
    }
  }
  const double inv = 1.0 / static_cast<double>(n);
  for (std::size_t k = 0; k <= n / 2; ++k) power[k] = (a[k].real() * a[k].real() + a[k].imag() * a[k].imag()) * inv;
  return power;
}

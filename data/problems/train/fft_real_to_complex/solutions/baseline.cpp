std::vector<std::complex<double>> realFFT(std::vector<double> const& x) {
  // Packs the even/odd samples as one complex signal of length m = n/2 (written straight into
  // bit-reversed order), transforms it with an iterative radix-2 FFT whose per-stage twiddles
  // are subsampled from one table, and untangles the two real spectra in one O(n) pass.
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
  const double pi = std::acos(-1.0);
  std::vector<std::complex<double>> z(m);
  for (std::size_t i = 0, j = 0; i < m; ++i) {  // j = bit-reversal of i, advanced incrementally
    z[j] = {x[2 * i], x[2 * i + 1]};
    std::size_t bit = m >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
  }
  // w[k] = exp(-2 pi i k / n) serves the post-processing and, subsampled, every FFT stage.
  std::vector<std::complex<double>> w(m), tw(m);
  for (std::size_t k = 0; k < m; ++k) w[k] = {std::cos(pi * k / m), -std::sin(pi * k / m)};
  for (std::size_t h = 1; h < m; h <<= 1)
    for (std::size_t j = 0; j < h; ++j) tw[h + j] = w[j * (m / h)];
  for (std::size_t h = 1; h < m; h <<= 1)
    for (std::size_t i = 0; i < m; i += 2 * h)
      for (std::size_t j = 0; j < h; ++j) butterfly(z.data() + i, h, j, tw[h + j]);
  // X[k] = E[k] + W^k O[k], E = (Z[k] + conj Z[m-k]) / 2, O = -i (Z[k] - conj Z[m-k]) / 2.
  std::vector<std::complex<double>> out(m + 1);
  out[0] = {z[0].real() + z[0].imag(), 0.0};
  out[m] = {z[0].real() - z[0].imag(), 0.0};
  for (std::size_t k = 1; k < m; ++k) {
    const double ar = z[k].real(), ai = z[k].imag();
    const double br = z[m - k].real(), bi = -z[m - k].imag();
    const double er = 0.5 * (ar + br), ei = 0.5 * (ai + bi);
    const double orr = 0.5 * (ai - bi), oi = -0.5 * (ar - br);
    const double c = w[k].real(), s = w[k].imag();
    out[k] = {er + c * orr - s * oi, ei + c * oi + s * orr};
  }
  return out;
}

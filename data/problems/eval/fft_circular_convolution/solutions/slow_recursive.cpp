// Textbook recursive Cooley-Tukey: splits into freshly allocated even/odd vectors at every level.
static std::vector<std::complex<double>> fftRec(std::vector<std::complex<double>> x, bool inverse) {
  const std::size_t n = x.size();
  if (n == 1) return x;
  std::vector<std::complex<double>> even, odd;
  for (std::size_t i = 0; i < n; i += 2) {
    even.push_back(x[i]);
    odd.push_back(x[i + 1]);
  }
  std::vector<std::complex<double>> fe = fftRec(even, inverse);
  std::vector<std::complex<double>> fo = fftRec(odd, inverse);
  std::vector<std::complex<double>> out(n);
  const double pi = std::acos(-1.0);
  for (std::size_t k = 0; k < n / 2; ++k) {
    std::complex<double> t = std::polar(1.0, (inverse ? 2.0 : -2.0) * pi * k / n) * fo[k];
    out[k] = fe[k] + t;
    out[k + n / 2] = fe[k] - t;
  }
  return out;
}

void circularConvolution(std::vector<std::complex<double>> const& a, std::vector<std::complex<double>> const& b,
                         std::vector<std::complex<double>>& c) {
  const std::size_t n = a.size();
  if (n == 0) return;
  std::vector<std::complex<double>> fa = fftRec(a, false);
  std::vector<std::complex<double>> fb = fftRec(b, false);
  std::vector<std::complex<double>> prod(n);
  for (std::size_t k = 0; k < n; ++k) prod[k] = fa[k] * fb[k];
  std::vector<std::complex<double>> r = fftRec(prod, true);
  for (std::size_t k = 0; k < n; ++k) c[k] = r[k] / static_cast<double>(n);
}

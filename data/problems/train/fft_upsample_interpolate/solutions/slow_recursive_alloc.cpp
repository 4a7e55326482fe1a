std::vector<double> upsample2x(std::vector<double> const& x) {
  using cvec = std::vector<std::complex<double>>;
  auto fftRec = [](auto&& self, const cvec& a, double sign) -> cvec {
    const std::size_t n = a.size();
    if (n == 1) return a;
    cvec even, odd;
    for (std::size_t i = 0; i < n; i += 2) {
      even.push_back(a[i]);
      odd.push_back(a[i + 1]);
    }
    cvec e = self(self, even, sign), o = self(self, odd, sign);
    cvec out(n);
    const double pi = std::acos(-1.0);
    for (std::size_t k = 0; k < n / 2; ++k) {
      std::complex<double> t = std::polar(1.0, sign * 2 * pi * k / n) * o[k];
      out[k] = e[k] + t;
      out[k + n / 2] = e[k] - t;
    }
    return out;
  };
  const std::size_t n = x.size();
  if (n == 0) return {};
  if (n == 1) return {x[0], x[0]};
  cvec X = fftRec(fftRec, cvec(x.begin(), x.end()), -1.0);
  cvec Y(2 * n);
  for (std::size_t k = 0; k < n / 2; ++k) Y[k] = X[k];
  for (std::size_t k = 1; k < n / 2; ++k) Y[2 * n - k] = X[n - k];
  Y[n / 2] = X[n / 2] / 2.0;
  Y[2 * n - n / 2] = X[n / 2] / 2.0;
  cvec z = fftRec(fftRec, Y, 1.0);
  std::vector<double> y;
  for (auto& v : z) y.push_back(v.real() / n);
  return y;
}

// One cos/sin pair per point; cos(k s) and sin(k s) are advanced by the angle-addition rule.
void evaluateFourierSeries(std::vector<double> const& a, std::vector<double> const& b, std::vector<double> const& t,
                           std::vector<double>& y) {
  const std::size_t K = a.size();
  for (std::size_t i = 0; i < t.size(); ++i) {
    const double c1 = std::cos(t[i]), s1 = std::sin(t[i]);
    double ck = 1.0, sk = 0.0, sum = 0.5 * a[0];
    for (std::size_t k = 1; k < K; ++k) {
      const double cn = ck * c1 - sk * s1;
      sk = sk * c1 + ck * s1;
      ck = cn;
      sum += a[k] * ck + b[k] * sk;
    }
    y[i] = sum;
  }
}

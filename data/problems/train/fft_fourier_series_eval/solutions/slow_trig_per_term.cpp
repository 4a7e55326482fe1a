void evaluateFourierSeries(std::vector<double> const& a, std::vector<double> const& b, std::vector<double> const& t,
                           std::vector<double>& y) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    double sum = a[0] / 2;
    for (std::size_t k = 1; k < a.size(); ++k) sum += a[k] * std::cos(k * t[i]) + b[k] * std::sin(k * t[i]);
    y[i] = sum;
  }
}

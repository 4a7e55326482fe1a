void linearRecurrence(std::vector<double> const& a, std::vector<double> const& b, std::vector<double>& y) {
  const std::size_t n = b.size();
  double prev = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    prev = (i == 0 ? b[0] : a[i] * prev + b[i]);
    y[i] = prev;
  }
}

void runningMinimum(std::vector<double> const& x, std::vector<double>& out) {
  const std::size_t n = x.size();
  if (n == 0) return;
  double m = x[0];
  for (std::size_t i = 0; i < n; ++i) {
    m = std::min(m, x[i]);
    out[i] = m;
  }
}

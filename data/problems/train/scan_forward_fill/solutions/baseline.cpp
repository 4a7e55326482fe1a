void forwardFill(std::vector<double> const& x, double fallback, std::vector<double>& out) {
  double last = fallback;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double v = x[i];
    last = std::isnan(v) ? last : v;
    out[i] = last;
  }
}

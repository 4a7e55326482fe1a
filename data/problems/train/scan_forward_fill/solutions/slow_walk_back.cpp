void forwardFill(std::vector<double> const& x, double fallback, std::vector<double>& out) {
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (!std::isnan(x[i])) {
      out[i] = x[i];
      continue;
    }
    // Look back for the most recent valid sample.
    double value = fallback;
    for (std::size_t j = i; j-- > 0;) {
      if (!std::isnan(x[j])) {
        value = x[j];
        break;
      }
    }
    out[i] = value;
  }
}

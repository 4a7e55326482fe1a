void suffixSums(std::vector<double> const& x, std::vector<double>& out) {
  double running = 0.0;
  for (std::size_t i = x.size(); i-- > 0;) {
    running += x[i];
    out[i] = running;
  }
}

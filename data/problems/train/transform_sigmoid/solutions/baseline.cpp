void sigmoid(std::vector<double> const& x, std::vector<double>& y) {
  for (std::size_t i = 0; i < x.size(); ++i) y[i] = 1.0 / (1.0 + std::exp(-x[i]));
}

void sigmoid(std::vector<double> const& x, std::vector<double>& y) {
  const std::size_t n = x.size();
  #pragma omp parallel for schedule(static)
  for (std::size_t i = 0; i < n; ++i) y[i] = 1.0 / (1.0 + std::exp(-x[i]));
}

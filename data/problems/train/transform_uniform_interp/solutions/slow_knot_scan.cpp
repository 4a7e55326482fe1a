void interpolateUniform(std::vector<double> const& table, double x0, double h, std::vector<double> const& x,
                        std::vector<double>& y) {
  for (std::size_t i = 0; i < x.size(); ++i) {
    std::size_t k = 0;
    while (k + 2 < table.size() && x0 + (k + 1) * h <= x[i]) k++;
    double left = x0 + k * h;
    double t = (x[i] - left) / h;
    y[i] = table[k] + t * (table[k + 1] - table[k]);
  }
}

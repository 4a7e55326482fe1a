void runningMinimum(std::vector<double> const& x, std::vector<double>& out) {
  std::vector<double> values = x;
  for (std::size_t i = 1; i < values.size(); ++i)
    if (values[i - 1] < values[i]) values[i] = values[i - 1];
  out = values;
}

size_t indexOfFirstMinimum(std::vector<double> const& x) {
  size_t best = 0;
  double bestValue = x[0];
  for (size_t i = 1; i < x.size(); ++i) {
    if (x[i] < bestValue) {
      bestValue = x[i];
      best = i;
    }
  }
  return best;
}

size_t findFirstAbove(std::vector<double> const& x, double threshold) {
  const std::size_t n = x.size();
  for (std::size_t i = 0; i < n; ++i)
    if (x[i] > threshold) return i;
  return n;
}

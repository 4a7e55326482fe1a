double populationVariance(std::vector<double> const& x) {
  double mean = 0.0, m2 = 0.0;
  std::size_t count = 0;
  for (double v : x) {
    ++count;
    double delta = v - mean;
    mean += delta / static_cast<double>(count);
    m2 += delta * (v - mean);
  }
  return m2 / static_cast<double>(count);
}

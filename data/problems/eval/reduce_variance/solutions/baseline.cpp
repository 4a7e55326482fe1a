double populationVariance(std::vector<double> const& x) {
  const std::size_t n = x.size();
  // Two passes (mean, then squared deviations), each with four independent accumulators.
  double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    s0 += x[i];
    s1 += x[i + 1];
    s2 += x[i + 2];
    s3 += x[i + 3];
  }
  for (; i < n; ++i) s0 += x[i];
  const double mean = ((s0 + s1) + (s2 + s3)) / static_cast<double>(n);
  double q0 = 0, q1 = 0, q2 = 0, q3 = 0;
  for (i = 0; i + 4 <= n; i += 4) {
    double d0 = x[i] - mean, d1 = x[i + 1] - mean, d2 = x[i + 2] - mean, d3 = x[i + 3] - mean;
    q0 += d0 * d0;
    q1 += d1 * d1;
    q2 += d2 * d2;
    q3 += d3 * d3;
  }
  for (; i < n; ++i) q0 += (x[i] - mean) * (x[i] - mean);
  return ((q0 + q1) + (q2 + q3)) / static_cast<double>(n);
}

double sumOfPairwiseMinimums(std::vector<double> const& x, std::vector<double> const& y) {
  const std::size_t n = x.size();
  double sum = 0.0;
  #pragma omp parallel
  {
    double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
    #pragma omp for nowait
    for (std::size_t block = 0; block < n / 4; ++block) {
      std::size_t i = 4 * block;
      s0 += std::min(x[i], y[i]);
      s1 += std::min(x[i + 1], y[i + 1]);
      s2 += std::min(x[i + 2], y[i + 2]);
      s3 += std::min(x[i + 3], y[i + 3]);
    }
    #pragma omp atomic
    sum += (s0 + s1) + (s2 + s3);
  }
  for (std::size_t i = n / 4 * 4; i < n; ++i) sum += std::min(x[i], y[i]);
  return sum;
}

double polygonArea(std::vector<double> const& xs, std::vector<double> const& ys) {
  std::size_t n = xs.size();
  if (n < 3) return 0.0;
  double x0 = xs[0], y0 = ys[0], sum = 0.0;
  #pragma omp parallel for reduction(+ : sum) schedule(static)
  for (std::size_t i = 1; i < n - 1; ++i)
    sum += (xs[i] - x0) * (ys[i + 1] - y0) - (xs[i + 1] - x0) * (ys[i] - y0);
  return 0.5 * sum;
}

int medoidIndex(std::vector<Point> const& points) {
  std::size_t n = points.size();
  std::vector<double> sum(n, 0.0);
  // Each distance is computed once and added to both sums; every thread accumulates into its own
  // array, and the arrays are added up at the end.
  #pragma omp parallel
  {
    std::vector<double> local(n, 0.0);
    #pragma omp for schedule(dynamic, 16)
    for (std::size_t i = 0; i < n; ++i) {
      double xi = points[i].x, yi = points[i].y, si = 0.0;
      for (std::size_t j = i + 1; j < n; ++j) {
        double dx = points[j].x - xi, dy = points[j].y - yi;
        double d = std::sqrt(dx * dx + dy * dy);
        si += d;
        local[j] += d;
      }
      local[i] += si;
    }
    #pragma omp critical
    for (std::size_t i = 0; i < n; ++i) sum[i] += local[i];
  }
  std::size_t best = 0;
  for (std::size_t i = 1; i < n; ++i)
    if (sum[i] < sum[best]) best = i;
  return static_cast<int>(best);
}

void gridCounts(std::vector<Point> const& points, size_t rows, size_t cols, std::vector<size_t>& counts) {
  const std::size_t cells = rows * cols, n = points.size();
  const double fr = static_cast<double>(rows), fc = static_cast<double>(cols);
  for (auto& c : counts) c = 0;
  #pragma omp parallel
  {
    std::vector<size_t> local(cells, 0);
    #pragma omp for nowait
    for (std::size_t i = 0; i < n; ++i) {
      const Point& p = points[i];
      if (p.x >= 0.0 && p.x < 1.0 && p.y >= 0.0 && p.y < 1.0)
        ++local[static_cast<size_t>(p.y * fr) * cols + static_cast<size_t>(p.x * fc)];
    }
    #pragma omp critical
    for (std::size_t k = 0; k < cells; ++k) counts[k] += local[k];
  }
}

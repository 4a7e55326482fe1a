void gridCounts(std::vector<Point> const& points, size_t rows, size_t cols, std::vector<size_t>& counts) {
  for (auto& c : counts) c = 0;
  const double fr = static_cast<double>(rows), fc = static_cast<double>(cols);
  for (const Point& p : points) {
    if (p.x >= 0.0 && p.x < 1.0 && p.y >= 0.0 && p.y < 1.0) {
      size_t r = static_cast<size_t>(p.y * fr);
      size_t c = static_cast<size_t>(p.x * fc);
      ++counts[r * cols + c];
    }
  }
}

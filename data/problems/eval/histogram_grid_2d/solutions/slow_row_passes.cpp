void gridCounts(std::vector<Point> const& points, size_t rows, size_t cols, std::vector<size_t>& counts) {
  for (auto& c : counts) c = 0;
  // Fill the grid one row at a time: every row rescans all the points.
  for (size_t r = 0; r < rows; ++r) {
    for (const Point& p : points) {
      if (p.x < 0.0 || p.x >= 1.0 || p.y < 0.0 || p.y >= 1.0) continue;
      if (static_cast<size_t>(p.y * static_cast<double>(rows)) != r) continue;
      size_t c = static_cast<size_t>(p.x * static_cast<double>(cols));
      ++counts[r * cols + c];
    }
  }
}

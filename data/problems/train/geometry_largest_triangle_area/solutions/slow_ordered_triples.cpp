double largestTriangleArea(std::vector<Point> const& points) {
  double best = 0.0;
  for (std::size_t i = 0; i < points.size(); ++i)
    for (std::size_t j = 0; j < points.size(); ++j)
      for (std::size_t k = 0; k < points.size(); ++k) {
        if (i == j || j == k || i == k) continue;
        double ux = points[j].x - points[i].x, uy = points[j].y - points[i].y;
        double vx = points[k].x - points[i].x, vy = points[k].y - points[i].y;
        double area = std::fabs(ux * vy - uy * vx) / 2;
        if (area > best) best = area;
      }
  return best;
}

size_t countPointsInPolygon(std::vector<Point> const& polygon, std::vector<Point> const& points) {
  std::size_t m = polygon.size(), count = 0;
  for (const Point& p : points) {
    // Crossing number: count the edges that a ray from p towards +x crosses.
    bool inside = false;
    for (std::size_t i = 0, j = m - 1; i < m; j = i++) {
      const Point& a = polygon[i];
      const Point& b = polygon[j];
      if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
    }
    count += inside;
  }
  return count;
}

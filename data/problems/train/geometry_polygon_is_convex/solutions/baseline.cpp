bool isConvexPolygon(std::vector<Point> const& polygon) {
  std::size_t n = polygon.size();
  // Convex iff every turn (cross product of consecutive edges) has the same sign.
  auto turn = [&](std::size_t a, std::size_t b, std::size_t c) {
    return (polygon[b].x - polygon[a].x) * (polygon[c].y - polygon[b].y) -
           (polygon[b].y - polygon[a].y) * (polygon[c].x - polygon[b].x);
  };
  bool positive = turn(n - 1, 0, 1) > 0;
  if ((turn(n - 2, n - 1, 0) > 0) != positive) return false;
  for (std::size_t i = 1; i + 1 < n; ++i)
    if ((turn(i - 1, i, i + 1) > 0) != positive) return false;
  return true;
}

bool isConvexPolygon(std::vector<Point> const& polygon) {
  std::size_t n = polygon.size();
  auto turn = [&](std::size_t a, std::size_t b, std::size_t c) {
    return (polygon[b].x - polygon[a].x) * (polygon[c].y - polygon[b].y) -
           (polygon[b].y - polygon[a].y) * (polygon[c].x - polygon[b].x);
  };
  bool positive = turn(n - 1, 0, 1) > 0;
  if ((turn(n - 2, n - 1, 0) > 0) != positive) return false;
  int mismatch = 0;
  #pragma omp parallel for reduction(| : mismatch) schedule(static)
  for (std::size_t i = 1; i < n - 1; ++i) mismatch |= (turn(i - 1, i, i + 1) > 0) != positive;
  return !mismatch;
}

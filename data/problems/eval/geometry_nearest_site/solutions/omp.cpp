void nearestSite(std::vector<Point> const& sites, std::vector<Point> const& queries, std::vector<int>& nearest) {
  #pragma omp parallel for schedule(static)
  for (std::size_t i = 0; i < queries.size(); ++i) {
    const Point q = queries[i];
    double best = (sites[0].x - q.x) * (sites[0].x - q.x) + (sites[0].y - q.y) * (sites[0].y - q.y);
    int bestIndex = 0;
    for (std::size_t s = 1; s < sites.size(); ++s) {
      double dx = sites[s].x - q.x, dy = sites[s].y - q.y;
      double d = dx * dx + dy * dy;
      if (d < best) {
        best = d;
        bestIndex = static_cast<int>(s);
      }
    }
    nearest[i] = bestIndex;
  }
}

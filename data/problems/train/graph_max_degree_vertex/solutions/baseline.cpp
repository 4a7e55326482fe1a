int maxDegreeVertex(std::vector<int> const& adj, size_t n) {
  int best = 0;
  long long bestDegree = -1;
  for (std::size_t i = 0; i < n; ++i) {
    const int* row = &adj[i * n];
    long long degree = 0;
    for (std::size_t j = 0; j < n; ++j) degree += row[j];
    if (degree > bestDegree) {
      bestDegree = degree;
      best = static_cast<int>(i);
    }
  }
  return best;
}

int maxDegreeVertex(std::vector<int> const& adj, size_t n) {
  std::vector<long long> degree(n);
  #pragma omp parallel for schedule(static)
  for (std::size_t i = 0; i < n; ++i) {
    const int* row = &adj[i * n];
    long long d = 0;
    for (std::size_t j = 0; j < n; ++j) d += row[j];
    degree[i] = d;
  }
  int best = 0;
  for (std::size_t i = 1; i < n; ++i)
    if (degree[i] > degree[best]) best = static_cast<int>(i);
  return best;
}

void allPairsShortestPaths(std::vector<int>& dist, size_t n) {
  for (std::size_t k = 0; k < n; ++k)
    for (std::size_t j = 0; j < n; ++j)
      for (std::size_t i = 0; i < n; ++i)
        if (dist[i * n + k] + dist[k * n + j] < dist[i * n + j]) dist[i * n + j] = dist[i * n + k] + dist[k * n + j];
}

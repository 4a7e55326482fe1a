long long countTriangles(std::vector<int> const& adj, size_t n) {
  long long count = 0;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j)
      if (adj[i * n + j])
        for (std::size_t k = j + 1; k < n; ++k)
          if (adj[k * n + i] && adj[k * n + j]) ++count;
  return count;
}

long long countTriangles(std::vector<int> const& adj, size_t n) {
  long long count = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const int* ri = &adj[i * n];
    for (std::size_t j = i + 1; j < n; ++j) {
      if (!ri[j]) continue;
      const int* rj = &adj[j * n];
      int c = 0;
      for (std::size_t k = j + 1; k < n; ++k) c += ri[k] & rj[k];
      count += c;
    }
  }
  return count;
}

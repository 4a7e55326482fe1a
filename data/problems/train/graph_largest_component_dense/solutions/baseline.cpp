int largestComponentSize(std::vector<int> const& adj, size_t n) {
  std::vector<char> seen(n, 0);
  std::vector<int> stack;
  int best = 0;
  for (std::size_t s = 0; s < n; ++s) {
    if (seen[s]) continue;
    seen[s] = 1;
    stack.push_back(static_cast<int>(s));
    int size = 0;
    while (!stack.empty()) {
      int u = stack.back();
      stack.pop_back();
      ++size;
      const int* row = &adj[static_cast<std::size_t>(u) * n];
      for (std::size_t v = 0; v < n; ++v) {
        if (row[v] && !seen[v]) {
          seen[v] = 1;
          stack.push_back(static_cast<int>(v));
        }
      }
    }
    if (size > best) best = size;
  }
  return best;
}

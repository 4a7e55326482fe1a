bool topologicalOrder(std::vector<int> const& offsets, std::vector<int> const& targets, std::vector<int>& order) {
  std::size_t n = offsets.size() - 1;
  std::vector<int> indegree(n, 0);
  for (int v : targets) ++indegree[v];
  // Kahn's algorithm; `order` doubles as the queue of vertices whose predecessors are placed.
  std::size_t head = 0, tail = 0;
  for (std::size_t v = 0; v < n; ++v)
    if (indegree[v] == 0) order[tail++] = static_cast<int>(v);
  while (head < tail) {
    int u = order[head++];
    for (int e = offsets[u]; e < offsets[u + 1]; ++e)
      if (--indegree[targets[e]] == 0) order[tail++] = targets[e];
  }
  return tail == n;
}

int countComponents(int numVertices, std::vector<std::pair<int, int>> const& edges) {
  std::vector<std::vector<int>> adjacency(numVertices);
  for (const auto& e : edges) {
    adjacency[e.first].push_back(e.second);
    adjacency[e.second].push_back(e.first);
  }
  std::vector<bool> visited(numVertices, false);
  int components = 0;
  for (int s = 0; s < numVertices; ++s) {
    if (visited[s]) continue;
    ++components;
    std::vector<int> stack{s};
    visited[s] = true;
    while (!stack.empty()) {
      int u = stack.back();
      stack.pop_back();
      for (int v : adjacency[u]) {
        if (!visited[v]) {
          visited[v] = true;
          stack.push_back(v);
        }
      }
    }
  }
  return components;
}

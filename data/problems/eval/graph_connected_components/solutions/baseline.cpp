int countComponents(int numVertices, std::vector<std::pair<int, int>> const& edges) {
  std::vector<int> parent(numVertices);
  for (int v = 0; v < numVertices; ++v) parent[v] = v;
  auto find = [&](int v) {
    while (parent[v] != v) {
      parent[v] = parent[parent[v]];  // path halving
      v = parent[v];
    }
    return v;
  };
  int components = numVertices;
  for (const auto& e : edges) {
    int a = find(e.first), b = find(e.second);
    if (a != b) {
      if (a < b) std::swap(a, b);
      parent[a] = b;
      --components;
    }
  }
  return components;
}

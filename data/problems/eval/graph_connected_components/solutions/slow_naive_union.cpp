int countComponents(int numVertices, std::vector<std::pair<int, int>> const& edges) {
  std::vector<int> parent(numVertices), size(numVertices, 1);
  for (int v = 0; v < numVertices; ++v) parent[v] = v;
  int components = numVertices;
  for (const auto& e : edges) {
    int a = e.first, b = e.second;
    while (parent[a] != a) a = parent[a];
    while (parent[b] != b) b = parent[b];
    if (a != b) {
      if (size[a] < size[b]) std::swap(a, b);
      parent[b] = a;
      size[a] += size[b];
      --components;
    }
  }
  return components;
}

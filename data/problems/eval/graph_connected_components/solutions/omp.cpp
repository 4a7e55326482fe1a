static int findRoot(int* parent, int v) {
  while (parent[v] != v) {
    parent[v] = parent[parent[v]];
    v = parent[v];
  }
  return v;
}

// Links the trees of a and b; returns 1 if they were different.
static int unite(int* parent, int a, int b) {
  a = findRoot(parent, a);
  b = findRoot(parent, b);
  if (a == b) return 0;
  if (a < b) std::swap(a, b);
  parent[a] = b;
  return 1;
}

int countComponents(int numVertices, std::vector<std::pair<int, int>> const& edges) {
  // Every thread builds a private union-find forest from its block of edges (no shared writes);
  // the forests are then merged into thread 0's: an edge v -> parent(v) of another forest says
  // that v and its parent are connected.
  int nt = omp_get_max_threads();
  std::vector<std::vector<int>> forests(nt);
  int merges = 0;
  #pragma omp parallel num_threads(nt) reduction(+ : merges)
  {
    int t = omp_get_thread_num(), T = omp_get_num_threads();
    std::vector<int>& parent = forests[t];
    parent.resize(numVertices);
    for (int v = 0; v < numVertices; ++v) parent[v] = v;
    std::size_t begin = edges.size() * t / T, end = edges.size() * (t + 1) / T;
    int local = 0;
    for (std::size_t k = begin; k < end; ++k) local += unite(parent.data(), edges[k].first, edges[k].second);
    if (t == 0) merges += local;
  }
  int* root = forests[0].data();
  for (int t = 1; t < nt; ++t) {
    const std::vector<int>& other = forests[t];
    if (other.empty()) continue;
    for (int v = 0; v < numVertices; ++v)
      if (other[v] != v) merges += unite(root, v, other[v]);
  }
  return numVertices - merges;
}

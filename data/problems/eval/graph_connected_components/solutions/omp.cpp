int countComponents(int numVertices, std::vector<std::pair<int, int>> const& edges) {
  std::vector<int> parent(numVertices);
  int* p = parent.data();
  #pragma omp parallel for schedule(static)
  for (int v = 0; v < numVertices; ++v) p[v] = v;
  // Lock-free union-find: a root is linked below a smaller root with compare-and-swap, so parents
  // only ever point to smaller vertices and no cycle can form. Path halving only moves a pointer
  // to an ancestor, which stays correct under concurrent updates.
  auto find = [p](int v) {
    while (true) {
      int q = __atomic_load_n(&p[v], __ATOMIC_RELAXED);
      if (q == v) return v;
      int g = __atomic_load_n(&p[q], __ATOMIC_RELAXED);
      if (g != q) __atomic_store_n(&p[v], g, __ATOMIC_RELAXED);
      v = g;
    }
  };
  int merges = 0;
  #pragma omp parallel for schedule(static) reduction(+ : merges)
  for (std::size_t k = 0; k < edges.size(); ++k) {
    int a = edges[k].first, b = edges[k].second;
    while (true) {
      a = find(a);
      b = find(b);
      if (a == b) break;
      if (a < b) std::swap(a, b);
      int expected = a;
      if (__atomic_compare_exchange_n(&p[a], &expected, b, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
        ++merges;
        break;
      }
    }
  }
  return numVertices - merges;
}

bool isBipartite(std::vector<int> const& offsets, std::vector<int> const& targets) {
  std::size_t n = offsets.size() - 1;
  // A parity union-find over the edges: the graph is bipartite iff no edge joins two vertices of
  // the same parity in one tree. Each thread builds a forest for its block of vertices' edges
  // (an edge is seen from both ends; each end's thread records it), then the forests are merged.
  // parent[v] and the parity of v relative to its parent are packed as 2 * parent + parity.
  int nt = omp_get_max_threads();
  std::vector<std::vector<int>> forests(nt);
  int conflict = 0;
  auto find = [](std::vector<int>& f, int v, int& parity) {
    parity = 0;
    while ((f[v] >> 1) != v) {
      parity ^= f[v] & 1;
      v = f[v] >> 1;
    }
    return v;
  };
  // Joins u and v with relative parity p (1: opposite sides). Returns false on a contradiction.
  auto join = [&](std::vector<int>& f, int u, int v, int p) {
    int pu, pv;
    int ru = find(f, u, pu), rv = find(f, v, pv);
    // Compress both paths to point at their roots.
    for (int w = u, q = pu; (f[w] >> 1) != w;) { int next = f[w] >> 1, pw = f[w] & 1; f[w] = 2 * ru + q; q ^= pw; w = next; }
    for (int w = v, q = pv; (f[w] >> 1) != w;) { int next = f[w] >> 1, pw = f[w] & 1; f[w] = 2 * rv + q; q ^= pw; w = next; }
    if (ru == rv) return (pu ^ pv) == p;
    if (ru < rv) f[rv] = 2 * ru + (pu ^ pv ^ p); else f[ru] = 2 * rv + (pu ^ pv ^ p);
    return true;
  };
  #pragma omp parallel num_threads(nt) reduction(| : conflict)
  {
    int t = omp_get_thread_num(), T = omp_get_num_threads();
    std::vector<int>& f = forests[t];
    f.resize(n);
    for (std::size_t v = 0; v < n; ++v) f[v] = 2 * static_cast<int>(v);
    std::size_t b = n * t / T, e = n * (t + 1) / T;
    for (std::size_t u = b; u < e && !conflict; ++u)
      for (int k = offsets[u]; k < offsets[u + 1]; ++k)
        if (!join(f, static_cast<int>(u), targets[k], 1)) { conflict = 1; break; }
  }
  if (conflict) return false;
  std::vector<int>& root = forests[0];
  for (int t = 1; t < nt; ++t) {
    std::vector<int>& f = forests[t];
    if (f.empty()) continue;
    for (std::size_t v = 0; v < n; ++v) {
      int p;
      int r = find(f, static_cast<int>(v), p);
      if (r != static_cast<int>(v) && !join(root, static_cast<int>(v), r, p)) return false;
    }
  }
  return true;
}

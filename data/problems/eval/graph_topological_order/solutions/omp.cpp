bool topologicalOrder(std::vector<int> const& offsets, std::vector<int> const& targets, std::vector<int>& order) {
  std::size_t n = offsets.size() - 1;
  std::vector<int> indegree(n, 0);
  int* deg = indegree.data();
  const int* off = offsets.data();
  const int* tgt = targets.data();
  #pragma omp parallel for schedule(static)
  for (std::size_t e = 0; e < targets.size(); ++e) __atomic_fetch_add(&deg[tgt[e]], 1, __ATOMIC_RELAXED);
  // Level by level: every vertex of the current level is ready; the vertices whose last
  // predecessor is in this level form the next one. A vertex's counter reaches zero in exactly
  // one thread, so each vertex is placed once.
  std::size_t tail = 0;
  for (std::size_t v = 0; v < n; ++v)
    if (indegree[v] == 0) order[tail++] = static_cast<int>(v);
  std::size_t begin = 0;
  while (begin < tail) {
    std::size_t end = tail;
    #pragma omp parallel
    {
      std::vector<int> local;
      #pragma omp for schedule(dynamic, 256) nowait
      for (std::size_t i = begin; i < end; ++i) {
        int u = order[i];
        for (int e = off[u], stop = off[u + 1]; e < stop; ++e)
          if (__atomic_sub_fetch(&deg[tgt[e]], 1, __ATOMIC_RELAXED) == 0) local.push_back(tgt[e]);
      }
      #pragma omp critical
      {
        for (int v : local) order[tail++] = v;
      }
    }
    begin = end;
  }
  return tail == n;
}

void bfsDistances(std::vector<int> const& offsets, std::vector<int> const& targets, int source, std::vector<int>& dist) {
  std::size_t n = offsets.size() - 1;
  dist.assign(n, -1);
  dist[source] = 0;
  const int* off = offsets.data();
  const int* tgt = targets.data();
  int* d = dist.data();
  // Level-synchronous BFS: the frontier is expanded in parallel. Every thread that finds an
  // unvisited vertex writes the same level into it, so a race only costs a duplicate frontier
  // entry, never a wrong distance.
  std::vector<int> frontier{source}, next;
  int level = 0;
  while (!frontier.empty()) {
    ++level;
    next.clear();
    #pragma omp parallel
    {
      std::vector<int> local;
      #pragma omp for schedule(dynamic, 512) nowait
      for (std::size_t i = 0; i < frontier.size(); ++i) {
        int u = frontier[i];
        for (int e = off[u], end = off[u + 1]; e < end; ++e) {
          int v = tgt[e];
          if (__atomic_load_n(&d[v], __ATOMIC_RELAXED) < 0) {
            __atomic_store_n(&d[v], level, __ATOMIC_RELAXED);
            local.push_back(v);
          }
        }
      }
      #pragma omp critical
      next.insert(next.end(), local.begin(), local.end());
    }
    frontier.swap(next);
  }
}

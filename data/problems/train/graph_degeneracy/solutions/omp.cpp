int degeneracy(std::vector<int> const& offsets, std::vector<int> const& targets) {
  int n = static_cast<int>(offsets.size()) - 1;
  std::vector<int> deg(n);
  std::vector<char> removed(n, 0);
  int* d = deg.data();
  #pragma omp parallel for schedule(static)
  for (int v = 0; v < n; ++v) d[v] = offsets[v + 1] - offsets[v];
  // Peeling by levels: at level k, remove (in parallel) every vertex whose remaining degree is at
  // most k; a neighbour whose degree drops to exactly k joins the next wave of the same level.
  int k = 0, remaining = n;
  std::vector<int> wave, next;
  while (remaining > 0) {
    wave.clear();
    #pragma omp parallel
    {
      std::vector<int> local;
      #pragma omp for schedule(static) nowait
      for (int v = 0; v < n; ++v)
        if (!removed[v] && d[v] <= k) local.push_back(v);
      #pragma omp critical
      wave.insert(wave.end(), local.begin(), local.end());
    }
    while (!wave.empty()) {
      for (int v : wave) removed[v] = 1;
      remaining -= static_cast<int>(wave.size());
      next.clear();
      #pragma omp parallel
      {
        bool alone = omp_get_num_threads() == 1;
        std::vector<int> local;
        #pragma omp for schedule(dynamic, 256) nowait
        for (std::size_t i = 0; i < wave.size(); ++i) {
          int v = wave[i];
          for (int e = offsets[v]; e < offsets[v + 1]; ++e) {
            int u = targets[e];
            if (removed[u]) continue;
            // Only the decrement that takes u from k+1 to k queues it (exactly one thread sees it).
            int now = alone ? --d[u] : __atomic_sub_fetch(&d[u], 1, __ATOMIC_RELAXED);
            if (now == k) local.push_back(u);
          }
        }
        #pragma omp critical
        next.insert(next.end(), local.begin(), local.end());
      }
      wave.swap(next);
    }
    if (remaining > 0) ++k;
  }
  return k;
}

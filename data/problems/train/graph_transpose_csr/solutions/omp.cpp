void transposeGraph(std::vector<int> const& offsets, std::vector<int> const& targets, std::vector<int>& inOffsets,
                    std::vector<int>& inSources) {
  std::size_t n = offsets.size() - 1;
  inOffsets.assign(n + 1, 0);
  int* cnt = inOffsets.data();
  // Each thread owns a range of target vertices: it counts and later fills only the incoming
  // lists of its own vertices, so there are no write conflicts and sources stay sorted.
  #pragma omp parallel
  {
    int t = omp_get_thread_num(), T = omp_get_num_threads();
    int lo = static_cast<int>(n * t / T), hi = static_cast<int>(n * (t + 1) / T);
    for (int v : targets)
      if (v >= lo && v < hi) ++cnt[v + 1];
    #pragma omp barrier
    #pragma omp single
    for (std::size_t v = 0; v < n; ++v) cnt[v + 1] += cnt[v];
    std::vector<int> next(cnt + lo, cnt + hi);
    for (std::size_t u = 0; u < n; ++u)
      for (int e = offsets[u]; e < offsets[u + 1]; ++e) {
        int v = targets[e];
        if (v >= lo && v < hi) inSources[next[v - lo]++] = static_cast<int>(u);
      }
  }
}

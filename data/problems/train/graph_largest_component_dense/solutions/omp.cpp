int largestComponentSize(std::vector<int> const& adj, size_t n) {
  // Label propagation on the matrix rows would re-read the matrix many times; instead each
  // thread runs a union-find over its block of rows (each row read once), and the per-thread
  // forests are merged afterwards.
  int nt = omp_get_max_threads();
  std::vector<std::vector<int>> forests(nt);
  auto find = [](std::vector<int>& p, int v) {
    while (p[v] != v) {
      p[v] = p[p[v]];
      v = p[v];
    }
    return v;
  };
  auto unite = [&](std::vector<int>& p, int a, int b) {
    a = find(p, a);
    b = find(p, b);
    if (a != b) {
      if (a < b) std::swap(a, b);
      p[a] = b;
    }
  };
  #pragma omp parallel num_threads(nt)
  {
    int t = omp_get_thread_num(), T = omp_get_num_threads();
    std::vector<int>& p = forests[t];
    p.resize(n);
    for (std::size_t v = 0; v < n; ++v) p[v] = static_cast<int>(v);
    std::size_t b = n * t / T, e = n * (t + 1) / T;
    for (std::size_t i = b; i < e; ++i) {
      const int* row = &adj[i * n];
      // Only j > i: the matrix is symmetric.
      for (std::size_t j = i + 1; j < n; ++j)
        if (row[j]) unite(p, static_cast<int>(i), static_cast<int>(j));
    }
  }
  std::vector<int>& root = forests[0];
  for (int t = 1; t < nt; ++t)
    if (!forests[t].empty())
      for (std::size_t v = 0; v < n; ++v)
        if (forests[t][v] != static_cast<int>(v)) unite(root, static_cast<int>(v), forests[t][v]);
  std::vector<int> size(n, 0);
  int best = 0;
  for (std::size_t v = 0; v < n; ++v) {
    int r = find(root, static_cast<int>(v));
    if (++size[r] > best) best = size[r];
  }
  return best;
}

void pageRank(std::vector<int> const& inOffsets, std::vector<int> const& inSources, std::vector<int> const& outDegree,
              int iterations, std::vector<double>& rank) {
  std::size_t n = outDegree.size();
  rank.assign(n, 1.0 / n);
  std::vector<double> share(n);
  for (int it = 0; it < iterations; ++it) {
    double dangling = 0.0;
    for (std::size_t u = 0; u < n; ++u) {
      if (outDegree[u] > 0) {
        share[u] = rank[u] / outDegree[u];
      } else {
        share[u] = 0.0;
        dangling += rank[u];
      }
    }
    double base = 0.15 / n + 0.85 * dangling / n;
    for (std::size_t v = 0; v < n; ++v) {
      double s = 0.0;
      for (int e = inOffsets[v]; e < inOffsets[v + 1]; ++e) s += share[inSources[e]];
      rank[v] = base + 0.85 * s;
    }
  }
}

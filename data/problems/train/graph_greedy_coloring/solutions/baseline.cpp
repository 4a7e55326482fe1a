void colorGraph(std::vector<int> const& offsets, std::vector<int> const& targets, std::vector<int>& colors) {
  std::size_t n = offsets.size() - 1;
  colors.assign(n, -1);
  // usedBy[c] == u marks color c as taken by a neighbour of u (no clearing between vertices).
  std::vector<int> usedBy(n + 1, -1);
  for (std::size_t u = 0; u < n; ++u) {
    int me = static_cast<int>(u);
    for (int e = offsets[u]; e < offsets[u + 1]; ++e) {
      int c = colors[targets[e]];
      if (c >= 0) usedBy[c] = me;
    }
    int c = 0;
    while (usedBy[c] == me) ++c;
    colors[u] = c;
  }
}

void transposeGraph(std::vector<int> const& offsets, std::vector<int> const& targets, std::vector<int>& inOffsets,
                    std::vector<int>& inSources) {
  std::size_t n = offsets.size() - 1;
  std::vector<std::vector<int>> incoming(n);
  for (std::size_t u = 0; u < n; ++u)
    for (int e = offsets[u]; e < offsets[u + 1]; ++e) incoming[targets[e]].push_back(static_cast<int>(u));
  inSources.clear();
  inOffsets.assign(1, 0);
  for (std::size_t v = 0; v < n; ++v) {
    for (int u : incoming[v]) inSources.push_back(u);
    inOffsets.push_back(static_cast<int>(inSources.size()));
  }
}

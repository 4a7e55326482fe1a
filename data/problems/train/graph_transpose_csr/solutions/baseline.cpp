void transposeGraph(std::vector<int> const& offsets, std::vector<int> const& targets, std::vector<int>& inOffsets,
                    std::vector<int>& inSources) {
  std::size_t n = offsets.size() - 1;
  // Count incoming edges, prefix-sum into offsets, then scatter the sources in increasing order.
  inOffsets.assign(n + 1, 0);
  for (int v : targets) ++inOffsets[v + 1];
  for (std::size_t v = 0; v < n; ++v) inOffsets[v + 1] += inOffsets[v];
  std::vector<int> next(inOffsets.begin(), inOffsets.end() - 1);
  for (std::size_t u = 0; u < n; ++u)
    for (int e = offsets[u]; e < offsets[u + 1]; ++e) inSources[next[targets[e]]++] = static_cast<int>(u);
}

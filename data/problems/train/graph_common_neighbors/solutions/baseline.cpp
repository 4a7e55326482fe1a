void commonNeighborCounts(std::vector<int> const& offsets, std::vector<int> const& targets,
                          std::vector<std::pair<int, int>> const& queries, std::vector<int>& counts) {
  for (std::size_t q = 0; q < queries.size(); ++q) {
    int u = queries[q].first, v = queries[q].second;
    int i = offsets[u], iEnd = offsets[u + 1], j = offsets[v], jEnd = offsets[v + 1];
    int c = 0;
    // Merge the two sorted neighbour lists.
    while (i < iEnd && j < jEnd) {
      int a = targets[i], b = targets[j];
      c += a == b;
      i += a <= b;
      j += b <= a;
    }
    counts[q] = c;
  }
}

#include <algorithm>

void commonNeighborCounts(std::vector<int> const& offsets, std::vector<int> const& targets,
                          std::vector<std::pair<int, int>> const& queries, std::vector<int>& counts) {
  for (std::size_t q = 0; q < queries.size(); ++q) {
    int u = queries[q].first, v = queries[q].second;
    int c = 0;
    for (int i = offsets[u]; i < offsets[u + 1]; ++i)
      if (std::find(targets.begin() + offsets[v], targets.begin() + offsets[v + 1], targets[i]) !=
          targets.begin() + offsets[v + 1])
        ++c;
    counts[q] = c;
  }
}

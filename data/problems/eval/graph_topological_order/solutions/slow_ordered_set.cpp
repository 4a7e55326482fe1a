#include <set>

bool topologicalOrder(std::vector<int> const& offsets, std::vector<int> const& targets, std::vector<int>& order) {
  std::size_t n = offsets.size() - 1;
  std::vector<int> indegree(n, 0);
  for (int v : targets) ++indegree[v];
  std::set<int> ready;
  for (std::size_t v = 0; v < n; ++v)
    if (indegree[v] == 0) ready.insert(static_cast<int>(v));
  std::size_t placed = 0;
  while (!ready.empty()) {
    int u = *ready.begin();
    ready.erase(ready.begin());
    order[placed++] = u;
    for (int e = offsets[u]; e < offsets[u + 1]; ++e)
      if (--indegree[targets[e]] == 0) ready.insert(targets[e]);
  }
  return placed == n;
}

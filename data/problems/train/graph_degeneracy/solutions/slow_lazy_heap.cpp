#include <functional>
#include <queue>
#include <utility>

int degeneracy(std::vector<int> const& offsets, std::vector<int> const& targets) {
  int n = static_cast<int>(offsets.size()) - 1;
  std::vector<int> deg(n);
  std::vector<bool> removed(n, false);
  std::priority_queue<std::pair<int, int>, std::vector<std::pair<int, int>>, std::greater<std::pair<int, int>>> heap;
  for (int v = 0; v < n; ++v) {
    deg[v] = offsets[v + 1] - offsets[v];
    heap.push({deg[v], v});
  }
  int k = 0;
  while (!heap.empty()) {
    auto [d, v] = heap.top();
    heap.pop();
    if (removed[v] || d != deg[v]) continue;  // stale entry
    removed[v] = true;
    k = std::max(k, d);
    for (int e = offsets[v]; e < offsets[v + 1]; ++e) {
      int u = targets[e];
      if (!removed[u]) {
        --deg[u];
        heap.push({deg[u], u});
      }
    }
  }
  return k;
}

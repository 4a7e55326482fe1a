#include <functional>
#include <queue>
#include <utility>

void shortestPathLengths(std::vector<int> const& offsets, std::vector<int> const& targets,
                         std::vector<int> const& weights, int source, std::vector<long long>& dist) {
  std::size_t n = offsets.size() - 1;
  dist.assign(n, -1);
  using Item = std::pair<long long, int>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> heap;
  dist[source] = 0;
  heap.push({0, source});
  while (!heap.empty()) {
    auto [d, u] = heap.top();
    heap.pop();
    if (d > dist[u]) continue;  // stale entry
    for (int e = offsets[u]; e < offsets[u + 1]; ++e) {
      int v = targets[e];
      long long nd = d + weights[e];
      if (dist[v] < 0 || nd < dist[v]) {
        dist[v] = nd;
        heap.push({nd, v});
      }
    }
  }
}

#include <set>
#include <utility>

void shortestPathLengths(std::vector<int> const& offsets, std::vector<int> const& targets,
                         std::vector<int> const& weights, int source, std::vector<long long>& dist) {
  std::size_t n = offsets.size() - 1;
  dist.assign(n, -1);
  std::set<std::pair<long long, int>> queue;
  dist[source] = 0;
  queue.insert({0, source});
  while (!queue.empty()) {
    auto [d, u] = *queue.begin();
    queue.erase(queue.begin());
    for (int e = offsets[u]; e < offsets[u + 1]; ++e) {
      int v = targets[e];
      long long nd = d + weights[e];
      if (dist[v] < 0 || nd < dist[v]) {
        if (dist[v] >= 0) queue.erase({dist[v], v});
        dist[v] = nd;
        queue.insert({nd, v});
      }
    }
  }
}

#include <queue>
#include <unordered_map>

void bfsDistances(std::vector<int> const& offsets, std::vector<int> const& targets, int source, std::vector<int>& dist) {
  std::size_t n = offsets.size() - 1;
  std::unordered_map<int, int> seen;  // vertex -> distance, for the vertices reached so far
  std::queue<int> queue;
  seen[source] = 0;
  queue.push(source);
  while (!queue.empty()) {
    int u = queue.front();
    queue.pop();
    for (int e = offsets[u]; e < offsets[u + 1]; ++e) {
      int v = targets[e];
      if (seen.find(v) == seen.end()) {
        seen[v] = seen[u] + 1;
        queue.push(v);
      }
    }
  }
  for (std::size_t v = 0; v < n; ++v) {
    auto it = seen.find(static_cast<int>(v));
    dist[v] = it == seen.end() ? -1 : it->second;
  }
}

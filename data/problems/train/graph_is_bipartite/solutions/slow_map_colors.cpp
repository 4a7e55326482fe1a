#include <map>
#include <queue>

bool isBipartite(std::vector<int> const& offsets, std::vector<int> const& targets) {
  int n = static_cast<int>(offsets.size()) - 1;
  std::map<int, int> side;
  for (int s = 0; s < n; ++s) {
    if (side.count(s)) continue;
    side[s] = 0;
    std::queue<int> queue;
    queue.push(s);
    while (!queue.empty()) {
      int u = queue.front();
      queue.pop();
      for (int e = offsets[u]; e < offsets[u + 1]; ++e) {
        int v = targets[e];
        if (!side.count(v)) {
          side[v] = 1 - side[u];
          queue.push(v);
        } else if (side[v] == side[u]) {
          return false;
        }
      }
    }
  }
  return true;
}

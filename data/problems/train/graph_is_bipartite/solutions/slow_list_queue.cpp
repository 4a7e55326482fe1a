#include <list>

bool isBipartite(std::vector<int> const& offsets, std::vector<int> const& targets) {
  int n = static_cast<int>(offsets.size()) - 1;
  std::vector<int> side(n, -1);
  for (int s = 0; s < n; ++s) {
    if (side[s] != -1) continue;
    side[s] = 0;
    std::list<int> queue{s};
    while (!queue.empty()) {
      int u = queue.front();
      queue.pop_front();
      for (int e = offsets[u]; e < offsets[u + 1]; ++e) {
        int v = targets[e];
        if (side[v] == -1) {
          side[v] = 1 - side[u];
          queue.push_back(v);
        } else if (side[v] == side[u]) {
          return false;
        }
      }
    }
  }
  return true;
}

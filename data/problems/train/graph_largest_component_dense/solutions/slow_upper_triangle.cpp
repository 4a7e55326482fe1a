#include <algorithm>

int largestComponentSize(std::vector<int> const& adj, size_t n) {
  std::vector<bool> seen(n, false);
  int best = 0;
  for (std::size_t s = 0; s < n; ++s) {
    if (seen[s]) continue;
    seen[s] = true;
    std::vector<std::size_t> stack{s};
    int size = 0;
    while (!stack.empty()) {
      std::size_t u = stack.back();
      stack.pop_back();
      ++size;
      for (std::size_t v = 0; v < n; ++v) {
        // The matrix is symmetric: read every pair from the upper triangle.
        if (adj[std::min(u, v) * n + std::max(u, v)] == 1 && !seen[v]) {
          seen[v] = true;
          stack.push_back(v);
        }
      }
    }
    if (size > best) best = size;
  }
  return best;
}

#include <numeric>

int maxDegreeVertex(std::vector<int> const& adj, size_t n) {
  int best = 0;
  int bestDegree = -1;
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<int> row;
    for (std::size_t j = 0; j < n; ++j) row.push_back(adj[i * n + j]);
    int degree = std::accumulate(row.begin(), row.end(), 0);
    if (degree > bestDegree) {
      bestDegree = degree;
      best = static_cast<int>(i);
    }
  }
  return best;
}

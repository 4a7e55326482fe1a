#include <numeric>

void pageRank(std::vector<int> const& inOffsets, std::vector<int> const& inSources, std::vector<int> const& outDegree,
              int iterations, std::vector<double>& rank) {
  std::size_t n = outDegree.size();
  rank.assign(n, 1.0 / n);
  for (int it = 0; it < iterations; ++it) {
    std::vector<double> old = rank;
    double dangling = 0.0;
    for (std::size_t u = 0; u < n; ++u)
      if (outDegree[u] == 0) dangling += old[u];
    for (std::size_t v = 0; v < n; ++v) {
      std::vector<double> contributions;
      for (int e = inOffsets[v]; e < inOffsets[v + 1]; ++e)
        contributions.push_back(old[inSources[e]] / outDegree[inSources[e]]);
      double s = std::accumulate(contributions.begin(), contributions.end(), 0.0);
      rank[v] = 0.15 / n + 0.85 * (s + dangling / n);
    }
  }
}

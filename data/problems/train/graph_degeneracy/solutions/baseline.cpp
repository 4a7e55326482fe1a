#include <algorithm>

int degeneracy(std::vector<int> const& offsets, std::vector<int> const& targets) {
  int n = static_cast<int>(offsets.size()) - 1;
  if (n == 0) return 0;
  // Batagelj-Zaversnik: vertices kept sorted by current degree in `order`; bucketStart[d] is the
  // first position of degree d. Removing a vertex moves each higher-degree neighbour one bucket
  // down by swapping it with the first vertex of its bucket.
  std::vector<int> deg(n);
  int maxDeg = 0;
  for (int v = 0; v < n; ++v) {
    deg[v] = offsets[v + 1] - offsets[v];
    maxDeg = std::max(maxDeg, deg[v]);
  }
  std::vector<int> bucketStart(maxDeg + 2, 0), order(n), pos(n);
  for (int v = 0; v < n; ++v) ++bucketStart[deg[v] + 1];
  for (int d = 0; d <= maxDeg; ++d) bucketStart[d + 1] += bucketStart[d];
  std::vector<int> fill(bucketStart.begin(), bucketStart.end() - 1);
  for (int v = 0; v < n; ++v) {
    pos[v] = fill[deg[v]]++;
    order[pos[v]] = v;
  }
  int k = 0;
  for (int i = 0; i < n; ++i) {
    int v = order[i];
    k = std::max(k, deg[v]);
    for (int e = offsets[v]; e < offsets[v + 1]; ++e) {
      int u = targets[e];
      if (deg[u] > deg[v]) {
        int du = deg[u], pu = pos[u], pw = bucketStart[du], w = order[pw];
        if (u != w) {
          order[pu] = w;
          pos[w] = pu;
          order[pw] = u;
          pos[u] = pw;
        }
        ++bucketStart[du];
        --deg[u];
      }
    }
  }
  return k;
}

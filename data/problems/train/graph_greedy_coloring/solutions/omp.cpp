#include <algorithm>

void colorGraph(std::vector<int> const& offsets, std::vector<int> const& targets, std::vector<int>& colors) {
  std::size_t n = offsets.size() - 1;
  colors.assign(n, -1);
  int* col = colors.data();
  // Speculative greedy coloring (Gebremedhin-Manne): color all pending vertices in parallel, each
  // with the smallest color its neighbours do not have at that moment; then find the adjacent
  // pairs that got the same color, and color the larger vertex of each again. With one thread no
  // conflict can arise and the check is skipped.
  std::vector<int> pending(n);
  for (std::size_t v = 0; v < n; ++v) pending[v] = static_cast<int>(v);
  while (!pending.empty()) {
    int threadsUsed = 1;
    #pragma omp parallel
    {
      #pragma omp single
      threadsUsed = omp_get_num_threads();
      std::vector<int> usedBy;
      #pragma omp for schedule(dynamic, 512)
      for (std::size_t i = 0; i < pending.size(); ++i) {
        int u = pending[i];
        int degree = offsets[u + 1] - offsets[u];
        if (static_cast<int>(usedBy.size()) < degree + 1) usedBy.resize(degree + 1, -1);
        for (int e = offsets[u]; e < offsets[u + 1]; ++e) {
          int c = __atomic_load_n(&col[targets[e]], __ATOMIC_RELAXED);
          if (c >= 0 && c <= degree) usedBy[c] = u;
        }
        int c = 0;
        while (usedBy[c] == u) ++c;
        __atomic_store_n(&col[u], c, __ATOMIC_RELAXED);
      }
    }
    if (threadsUsed == 1) break;
    std::vector<int> again;
    #pragma omp parallel
    {
      std::vector<int> local;
      #pragma omp for schedule(dynamic, 512) nowait
      for (std::size_t i = 0; i < pending.size(); ++i) {
        int u = pending[i];
        for (int e = offsets[u]; e < offsets[u + 1]; ++e) {
          int v = targets[e];
          if (v < u && col[v] == col[u]) {
            local.push_back(u);
            break;
          }
        }
      }
      #pragma omp critical
      again.insert(again.end(), local.begin(), local.end());
    }
    // The vertices to recolor keep their colors as seen by their neighbours until they are
    // recolored; reset them so that they do not block each other.
    for (int u : again) col[u] = -1;
    std::sort(again.begin(), again.end());
    pending.swap(again);
  }
}

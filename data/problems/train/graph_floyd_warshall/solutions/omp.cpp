#include <algorithm>

void allPairsShortestPaths(std::vector<int>& dist, size_t n) {
  for (std::size_t k = 0; k < n; ++k) {
    // Row k does not change in step k (dist[k][k] = 0), so the rows can be updated in parallel.
    const int* rowK = &dist[k * n];
    #pragma omp parallel for schedule(static)
    for (std::size_t i = 0; i < n; ++i) {
      int* rowI = &dist[i * n];
      int dik = rowI[k];
      for (std::size_t j = 0; j < n; ++j) rowI[j] = std::min(rowI[j], dik + rowK[j]);
    }
  }
}

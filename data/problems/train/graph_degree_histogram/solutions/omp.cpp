#include <algorithm>

std::vector<int> degreeHistogram(int numVertices, std::vector<std::pair<int, int>> const& edges) {
  std::vector<int> degree(numVertices, 0);
  int nt = omp_get_max_threads();
  // Thread 0 counts into `degree`, the others into private arrays that are added afterwards.
  std::vector<std::vector<int>> extra(nt > 1 ? nt - 1 : 0);
  #pragma omp parallel num_threads(nt)
  {
    int t = omp_get_thread_num(), T = omp_get_num_threads();
    int* deg = degree.data();
    if (t > 0) {
      extra[t - 1].assign(numVertices, 0);
      deg = extra[t - 1].data();
    }
    std::size_t b = edges.size() * t / T, e = edges.size() * (t + 1) / T;
    for (std::size_t k = b; k < e; ++k) {
      ++deg[edges[k].first];
      ++deg[edges[k].second];
    }
  }
  int maxDegree = 0;
  #pragma omp parallel for schedule(static) reduction(max : maxDegree)
  for (int v = 0; v < numVertices; ++v) {
    for (const auto& x : extra)
      if (!x.empty()) degree[v] += x[v];
    maxDegree = std::max(maxDegree, degree[v]);
  }
  std::vector<int> hist(maxDegree + 1, 0);
  #pragma omp parallel
  {
    std::vector<int> local(maxDegree + 1, 0);
    #pragma omp for schedule(static) nowait
    for (int v = 0; v < numVertices; ++v) ++local[degree[v]];
    #pragma omp critical
    for (int d = 0; d <= maxDegree; ++d) hist[d] += local[d];
  }
  return hist;
}

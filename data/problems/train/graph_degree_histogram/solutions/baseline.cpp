#include <algorithm>

std::vector<int> degreeHistogram(int numVertices, std::vector<std::pair<int, int>> const& edges) {
  std::vector<int> degree(numVertices, 0);
  for (const auto& e : edges) {
    ++degree[e.first];
    ++degree[e.second];
  }
  int maxDegree = *std::max_element(degree.begin(), degree.end());
  std::vector<int> hist(maxDegree + 1, 0);
  for (int d : degree) ++hist[d];
  return hist;
}

#include <algorithm>

std::vector<int> degreeHistogram(int numVertices, std::vector<std::pair<int, int>> const& edges) {
  std::vector<int> degree(numVertices, 0);
  for (const auto& e : edges) {
    degree[e.first]++;
    degree[e.second]++;
  }
  // Sort the degrees and count the length of every run of equal values.
  std::sort(degree.begin(), degree.end());
  std::vector<int> hist(degree.back() + 1, 0);
  std::size_t i = 0;
  while (i < degree.size()) {
    std::size_t j = i;
    while (j < degree.size() && degree[j] == degree[i]) ++j;
    hist[degree[i]] = static_cast<int>(j - i);
    i = j;
  }
  return hist;
}

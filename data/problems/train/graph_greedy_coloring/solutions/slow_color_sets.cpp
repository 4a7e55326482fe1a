#include <set>

void colorGraph(std::vector<int> const& offsets, std::vector<int> const& targets, std::vector<int>& colors) {
  std::size_t n = offsets.size() - 1;
  colors.assign(n, -1);
  for (std::size_t u = 0; u < n; ++u) {
    std::set<int> taken;
    for (int e = offsets[u]; e < offsets[u + 1]; ++e)
      if (colors[targets[e]] >= 0) taken.insert(colors[targets[e]]);
    int c = 0;
    for (int t : taken) {
      if (t != c) break;
      ++c;
    }
    colors[u] = c;
  }
}

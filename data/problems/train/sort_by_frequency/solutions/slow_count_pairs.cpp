#include <algorithm>
#include <unordered_map>
#include <utility>

void sortByFrequency(std::vector<int>& x) {
  std::unordered_map<int, int> count;
  for (int v : x) count[v]++;
  std::vector<std::pair<int, int>> items;
  for (int v : x) items.push_back({count[v], v});
  std::sort(items.begin(), items.end(), [](const std::pair<int, int>& a, const std::pair<int, int>& b) {
    if (a.first != b.first) return a.first > b.first;
    return a.second < b.second;
  });
  for (std::size_t i = 0; i < x.size(); ++i) x[i] = items[i].second;
}

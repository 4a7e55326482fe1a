#include <algorithm>
#include <utility>

void sortByKey(std::vector<int>& keys, std::vector<double>& values) {
  const std::size_t n = keys.size();
  std::vector<std::pair<int, double>> pairs(n);
  for (std::size_t i = 0; i < n; ++i) pairs[i] = {keys[i], values[i]};
  std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < n; ++i) {
    keys[i] = pairs[i].first;
    values[i] = pairs[i].second;
  }
}

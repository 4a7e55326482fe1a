#include <list>
#include <utility>

void sortByKey(std::vector<int>& keys, std::vector<double>& values) {
  // std::list::sort is a stable merge sort.
  std::list<std::pair<int, double>> items;
  for (std::size_t i = 0; i < keys.size(); ++i) items.push_back({keys[i], values[i]});
  items.sort([](const std::pair<int, double>& a, const std::pair<int, double>& b) { return a.first < b.first; });
  std::size_t i = 0;
  for (const auto& item : items) {
    keys[i] = item.first;
    values[i] = item.second;
    ++i;
  }
}

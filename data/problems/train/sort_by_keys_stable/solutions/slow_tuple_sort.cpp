#include <algorithm>
#include <tuple>

void sortByKey(std::vector<int>& keys, std::vector<double>& values) {
  // Make the sort stable by adding the original position as a tie-breaker.
  std::vector<std::tuple<int, std::size_t, double>> items;
  for (std::size_t i = 0; i < keys.size(); ++i) items.push_back(std::make_tuple(keys[i], i, values[i]));
  std::sort(items.begin(), items.end());
  for (std::size_t i = 0; i < items.size(); ++i) {
    keys[i] = std::get<0>(items[i]);
    values[i] = std::get<2>(items[i]);
  }
}

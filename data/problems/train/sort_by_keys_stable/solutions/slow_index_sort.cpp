#include <algorithm>
#include <numeric>

void sortByKey(std::vector<int>& keys, std::vector<double>& values) {
  std::vector<std::size_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  std::vector<int> sortedKeys;
  std::vector<double> sortedValues;
  for (std::size_t i : order) {
    sortedKeys.push_back(keys[i]);
    sortedValues.push_back(values[i]);
  }
  keys = sortedKeys;
  values = sortedValues;
}

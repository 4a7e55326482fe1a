#include <algorithm>

long long lastReadingAbove(std::vector<Reading> const& readings, int sensor, double limit) {
  std::vector<Reading> newestFirst(readings);
  std::reverse(newestFirst.begin(), newestFirst.end());
  for (std::size_t k = 0; k < newestFirst.size(); ++k)
    if (newestFirst[k].sensor == sensor && newestFirst[k].value > limit)
      return static_cast<long long>(readings.size() - 1 - k);
  return -1;
}

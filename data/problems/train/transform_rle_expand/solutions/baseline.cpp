#include <algorithm>

std::vector<int> expandRuns(std::vector<int> const& values, std::vector<int> const& counts) {
  std::size_t total = 0;
  for (int c : counts) total += static_cast<std::size_t>(c);
  std::vector<int> out(total);
  auto it = out.begin();
  for (std::size_t i = 0; i < values.size(); ++i) it = std::fill_n(it, counts[i], values[i]);
  return out;
}

#include <algorithm>
#include <cstddef>
#include <utility>

void sortByFrequency(std::vector<int>& x) {
  std::sort(x.begin(), x.end());
  // Runs of equal values become (count, value) groups; only the groups are sorted again.
  std::vector<std::pair<std::size_t, int>> groups;
  for (std::size_t i = 0; i < x.size();) {
    std::size_t j = i + 1;
    while (j < x.size() && x[j] == x[i]) ++j;
    groups.push_back({j - i, x[i]});
    i = j;
  }
  std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  auto out = x.begin();
  for (const auto& g : groups) out = std::fill_n(out, g.first, g.second);
}

#include <algorithm>
#include <unordered_map>

void sortBytes(std::vector<std::uint8_t>& data) {
  std::unordered_map<int, std::size_t> counts;
  for (std::uint8_t b : data) counts[b]++;
  std::vector<std::pair<int, std::size_t>> sorted(counts.begin(), counts.end());
  std::sort(sorted.begin(), sorted.end());
  std::size_t k = 0;
  for (const auto& entry : sorted)
    for (std::size_t t = 0; t < entry.second; ++t) data[k++] = static_cast<std::uint8_t>(entry.first);
}

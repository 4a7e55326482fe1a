#include <unordered_map>
void countIds(std::vector<int> const& ids, size_t numIds, std::vector<size_t>& counts) {
  std::unordered_map<int, size_t> tally;
  for (int id : ids) tally[id]++;
  for (size_t k = 0; k < numIds; ++k) {
    auto it = tally.find(static_cast<int>(k));
    counts[k] = it == tally.end() ? 0 : it->second;
  }
}

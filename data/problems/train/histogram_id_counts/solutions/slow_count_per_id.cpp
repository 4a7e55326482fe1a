#include <algorithm>
void countIds(std::vector<int> const& ids, size_t numIds, std::vector<size_t>& counts) {
  // One full scan of the ids per possible id.
  for (size_t k = 0; k < numIds; ++k) counts[k] = std::count(ids.begin(), ids.end(), static_cast<int>(k));
}

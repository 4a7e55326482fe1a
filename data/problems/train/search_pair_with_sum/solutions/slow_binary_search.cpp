#include <algorithm>

bool hasPairWithSum(std::vector<long long> const& sorted, long long target) {
  for (std::size_t i = 0; i < sorted.size(); ++i)
    if (std::binary_search(sorted.begin() + i + 1, sorted.end(), target - sorted[i])) return true;
  return false;
}

#include <unordered_set>
#include <algorithm>
size_t countPerfectSquares(std::vector<uint32_t> const& x) {
  if (x.empty()) return 0;
  uint32_t largest = *std::max_element(x.begin(), x.end());
  std::unordered_set<uint64_t> squares;
  for (uint64_t k = 0; k * k <= largest; ++k) squares.insert(k * k);
  size_t count = 0;
  for (uint32_t v : x)
    if (squares.count(v)) ++count;
  return count;
}

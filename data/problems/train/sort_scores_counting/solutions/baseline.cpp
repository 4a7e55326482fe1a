#include <algorithm>
#include <cstddef>

void sortScores(std::vector<int>& scores) {
  std::size_t count[101] = {0};
  for (int s : scores) ++count[s];
  auto out = scores.begin();
  for (int s = 0; s <= 100; ++s) out = std::fill_n(out, count[s], s);
}

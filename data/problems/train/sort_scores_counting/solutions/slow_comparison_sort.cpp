#include <algorithm>

void sortScores(std::vector<int>& scores) {
  std::sort(scores.begin(), scores.end());
}

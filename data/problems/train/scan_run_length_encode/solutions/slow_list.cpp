#include <list>
#include <utility>

void runLengthEncode(std::vector<int> const& x, std::vector<int>& values, std::vector<int>& counts) {
  std::list<std::pair<int, int>> runs;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (!runs.empty() && runs.back().first == x[i]) runs.back().second++;
    else runs.push_back({x[i], 1});
  }
  values.clear();
  counts.clear();
  for (auto const& r : runs) {
    values.push_back(r.first);
    counts.push_back(r.second);
  }
}

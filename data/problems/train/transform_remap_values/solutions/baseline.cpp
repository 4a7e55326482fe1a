#include <unordered_map>

void remapValues(std::vector<int>& x, std::vector<int> const& from, std::vector<int> const& to) {
  std::unordered_map<int, int> map;
  map.reserve(from.size());
  for (std::size_t k = 0; k < from.size(); ++k) map.emplace(from[k], to[k]);
  for (int& v : x) {
    auto it = map.find(v);
    if (it != map.end()) v = it->second;
  }
}

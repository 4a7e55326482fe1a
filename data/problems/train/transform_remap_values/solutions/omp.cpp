#include <unordered_map>

void remapValues(std::vector<int>& x, std::vector<int> const& from, std::vector<int> const& to) {
  std::unordered_map<int, int> map;
  map.reserve(from.size());
  for (std::size_t k = 0; k < from.size(); ++k) map.emplace(from[k], to[k]);
  const std::size_t n = x.size();
  #pragma omp parallel for schedule(static)
  for (std::size_t i = 0; i < n; ++i) {
    auto it = map.find(x[i]);
    if (it != map.end()) x[i] = it->second;
  }
}

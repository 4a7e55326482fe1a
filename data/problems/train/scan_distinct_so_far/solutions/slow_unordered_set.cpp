#include <unordered_set>

void distinctSoFar(std::vector<int> const& x, std::vector<int>& out) {
  std::unordered_set<int> seen;
  for (std::size_t i = 0; i < x.size(); ++i) {
    seen.insert(x[i]);
    out[i] = static_cast<int>(seen.size());
  }
}

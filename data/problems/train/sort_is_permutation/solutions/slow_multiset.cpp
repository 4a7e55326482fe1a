#include <set>

bool isPermutation(std::vector<int> const& a, std::vector<int> const& b) {
  if (a.size() != b.size()) return false;
  std::multiset<int> remaining(a.begin(), a.end());
  for (int v : b) {
    auto it = remaining.find(v);
    if (it == remaining.end()) return false;
    remaining.erase(it);
  }
  return true;
}

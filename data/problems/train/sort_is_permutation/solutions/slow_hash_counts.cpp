#include <unordered_map>

bool isPermutation(std::vector<int> const& a, std::vector<int> const& b) {
  if (a.size() != b.size()) return false;
  std::unordered_map<int, long> balance;
  for (int v : a) balance[v]++;
  for (int v : b) balance[v]--;
  for (const auto& entry : balance)
    if (entry.second != 0) return false;
  return true;
}

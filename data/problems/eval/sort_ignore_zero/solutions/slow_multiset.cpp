#include <set>

void sortIgnoreZero(std::vector<int>& x) {
  std::multiset<int> values;
  for (int v : x)
    if (v != 0) values.insert(v);
  auto it = values.begin();
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (x[i] != 0) {
      x[i] = *it;
      ++it;
    }
  }
}

#include <algorithm>

void sortIgnoreZero(std::vector<int>& x) {
  std::vector<int> values;
  values.reserve(x.size());
  for (int v : x)
    if (v != 0) values.push_back(v);
  std::sort(values.begin(), values.end());
  std::size_t k = 0;
  for (int& v : x)
    if (v != 0) v = values[k++];
}

#include <algorithm>
#include <iterator>
size_t countInClosedRange(std::vector<int> const& x, int lo, int hi) {
  std::vector<int> inside;
  std::copy_if(x.begin(), x.end(), std::back_inserter(inside), [&](int v) { return v >= lo && v <= hi; });
  return inside.size();
}

#include <algorithm>

std::vector<double> mergeSorted(std::vector<double> const& a, std::vector<double> const& b) {
  std::vector<double> out = a;
  out.insert(out.end(), b.begin(), b.end());
  std::sort(out.begin(), out.end());
  return out;
}

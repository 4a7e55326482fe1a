#include <algorithm>

std::vector<double> mergeSorted(std::vector<double> const& a, std::vector<double> const& b) {
  std::vector<double> out(a.size() + b.size());
  std::merge(a.begin(), a.end(), b.begin(), b.end(), out.begin());
  return out;
}

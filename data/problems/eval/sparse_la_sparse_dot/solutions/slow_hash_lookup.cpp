#include <unordered_map>
double sparseDot(std::vector<int> const& aIdx, std::vector<double> const& aVal, std::vector<int> const& bIdx,
                 std::vector<double> const& bVal) {
  std::unordered_map<int, double> a;
  a.reserve(aIdx.size());
  for (size_t k = 0; k < aIdx.size(); ++k) a[aIdx[k]] = aVal[k];
  double sum = 0.0;
  for (size_t k = 0; k < bIdx.size(); ++k) {
    auto it = a.find(bIdx[k]);
    if (it != a.end()) sum += it->second * bVal[k];
  }
  return sum;
}

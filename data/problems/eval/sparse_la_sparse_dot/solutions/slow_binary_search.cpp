#include <algorithm>
double sparseDot(std::vector<int> const& aIdx, std::vector<double> const& aVal, std::vector<int> const& bIdx,
                 std::vector<double> const& bVal) {
  double sum = 0.0;
  for (size_t k = 0; k < bIdx.size(); ++k) {
    auto it = std::lower_bound(aIdx.begin(), aIdx.end(), bIdx[k]);
    if (it != aIdx.end() && *it == bIdx[k]) sum += aVal[it - aIdx.begin()] * bVal[k];
  }
  return sum;
}

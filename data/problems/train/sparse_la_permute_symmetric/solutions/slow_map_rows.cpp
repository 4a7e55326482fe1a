#include <map>
void permuteSymmetric(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
                      std::vector<int> const& perm, size_t N, std::vector<int>& bRowPtr, std::vector<int>& bColIdx,
                      std::vector<double>& bValues) {
  std::vector<int> inv(N);
  for (size_t i = 0; i < N; ++i) inv[perm[i]] = static_cast<int>(i);
  bRowPtr.assign(1, 0);
  bColIdx.clear();
  bValues.clear();
  for (size_t r = 0; r < N; ++r) {
    int i = inv[r];
    std::map<int, double> row;
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) row[perm[colIdx[k]]] = values[k];
    for (auto const& e : row) {
      bColIdx.push_back(e.first);
      bValues.push_back(e.second);
    }
    bRowPtr.push_back(static_cast<int>(bColIdx.size()));
  }
}

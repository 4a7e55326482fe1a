#include <map>
void spgemm(std::vector<int> const& aRowPtr, std::vector<int> const& aColIdx, std::vector<double> const& aValues,
            std::vector<int> const& bRowPtr, std::vector<int> const& bColIdx, std::vector<double> const& bValues,
            size_t M, size_t K, size_t N, std::vector<int>& cRowPtr, std::vector<int>& cColIdx,
            std::vector<double>& cValues) {
  cRowPtr.assign(1, 0);
  cColIdx.clear();
  cValues.clear();
  for (size_t i = 0; i < M; ++i) {
    std::map<int, double> row;
    for (int ka = aRowPtr[i]; ka < aRowPtr[i + 1]; ++ka) {
      int k = aColIdx[ka];
      double a = aValues[ka];
      for (int kb = bRowPtr[k]; kb < bRowPtr[k + 1]; ++kb) row[bColIdx[kb]] += a * bValues[kb];
    }
    for (auto const& e : row) {
      cColIdx.push_back(e.first);
      cValues.push_back(e.second);
    }
    cRowPtr.push_back(static_cast<int>(cColIdx.size()));
  }
}

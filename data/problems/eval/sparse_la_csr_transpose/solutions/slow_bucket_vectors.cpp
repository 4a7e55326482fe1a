#include <utility>
void transposeCsr(std::vector<int> const& rowPtr, std::vector<int> const& colIdx, std::vector<double> const& values,
                  size_t M, size_t N, std::vector<int>& tRowPtr, std::vector<int>& tColIdx,
                  std::vector<double>& tValues) {
  std::vector<std::vector<std::pair<int, double>>> buckets(N);
  for (size_t i = 0; i < M; ++i)
    for (int k = rowPtr[i]; k < rowPtr[i + 1]; ++k) buckets[colIdx[k]].push_back({static_cast<int>(i), values[k]});
  tRowPtr.clear();
  tColIdx.clear();
  tValues.clear();
  tRowPtr.push_back(0);
  for (size_t j = 0; j < N; ++j) {
    for (auto const& e : buckets[j]) {
      tColIdx.push_back(e.first);
      tValues.push_back(e.second);
    }
    tRowPtr.push_back(static_cast<int>(tColIdx.size()));
  }
}

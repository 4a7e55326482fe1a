#include <algorithm>
#include <tuple>
void addCsr(std::vector<int> const& aRowPtr, std::vector<int> const& aColIdx, std::vector<double> const& aValues,
            std::vector<int> const& bRowPtr, std::vector<int> const& bColIdx, std::vector<double> const& bValues,
            double alpha, double beta, size_t M, size_t N, std::vector<int>& cRowPtr, std::vector<int>& cColIdx,
            std::vector<double>& cValues) {
  std::vector<std::tuple<int, int, double>> entries;
  for (size_t i = 0; i < M; ++i) {
    for (int k = aRowPtr[i]; k < aRowPtr[i + 1]; ++k) entries.emplace_back(i, aColIdx[k], alpha * aValues[k]);
    for (int k = bRowPtr[i]; k < bRowPtr[i + 1]; ++k) entries.emplace_back(i, bColIdx[k], beta * bValues[k]);
  }
  std::sort(entries.begin(), entries.end(), [](auto const& x, auto const& y) {
    return std::get<0>(x) != std::get<0>(y) ? std::get<0>(x) < std::get<0>(y) : std::get<1>(x) < std::get<1>(y);
  });
  cRowPtr.assign(M + 1, 0);
  cColIdx.clear();
  cValues.clear();
  for (size_t e = 0; e < entries.size(); ++e) {
    int r = std::get<0>(entries[e]), c = std::get<1>(entries[e]);
    if (!cColIdx.empty() && e > 0 && std::get<0>(entries[e - 1]) == r && cColIdx.back() == c) {
      cValues.back() += std::get<2>(entries[e]);
    } else {
      cColIdx.push_back(c);
      cValues.push_back(std::get<2>(entries[e]));
      cRowPtr[r + 1]++;
    }
  }
  for (size_t i = 0; i < M; ++i) cRowPtr[i + 1] += cRowPtr[i];
}

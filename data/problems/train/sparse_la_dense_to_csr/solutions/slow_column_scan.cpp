#include <utility>
void denseToCsr(std::vector<double> const& A, size_t M, size_t N, std::vector<int>& rowPtr, std::vector<int>& colIdx,
                std::vector<double>& values) {
  std::vector<std::vector<std::pair<int, double>>> rows(M);
  for (size_t j = 0; j < N; ++j)
    for (size_t i = 0; i < M; ++i)
      if (A[i * N + j] != 0.0) rows[i].push_back({static_cast<int>(j), A[i * N + j]});
  rowPtr.assign(1, 0);
  colIdx.clear();
  values.clear();
  for (size_t i = 0; i < M; ++i) {
    for (auto const& e : rows[i]) {
      colIdx.push_back(e.first);
      values.push_back(e.second);
    }
    rowPtr.push_back(static_cast<int>(colIdx.size()));
  }
}

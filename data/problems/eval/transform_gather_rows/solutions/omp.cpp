#include <algorithm>

void gatherRows(std::vector<float> const& table, std::size_t cols, std::vector<int> const& idx,
                std::vector<float>& out) {
  const std::size_t n = idx.size();
  #pragma omp parallel for schedule(static)
  for (std::size_t r = 0; r < n; ++r) {
    const float* src = table.data() + static_cast<std::size_t>(idx[r]) * cols;
    std::copy(src, src + cols, out.data() + r * cols);
  }
}

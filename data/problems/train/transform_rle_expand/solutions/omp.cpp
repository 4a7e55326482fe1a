#include <algorithm>

std::vector<int> expandRuns(std::vector<int> const& values, std::vector<int> const& counts) {
  const std::size_t n = values.size();
  // Output offset of every run: an exclusive prefix sum of the counts.
  std::vector<std::size_t> offset(n + 1);
  offset[0] = 0;
  for (std::size_t i = 0; i < n; ++i) offset[i + 1] = offset[i] + static_cast<std::size_t>(counts[i]);
  std::vector<int> out(offset[n]);
  #pragma omp parallel for schedule(static)
  for (std::size_t i = 0; i < n; ++i) std::fill_n(out.begin() + offset[i], counts[i], values[i]);
  return out;
}

#include <algorithm>

void interpolateUniform(std::vector<double> const& table, double x0, double h, std::vector<double> const& x,
                        std::vector<double>& y) {
  const double inv = 1.0 / h;
  const std::size_t maxSeg = table.size() - 2;
  const std::size_t n = x.size();
  #pragma omp parallel for schedule(static)
  for (std::size_t i = 0; i < n; ++i) {
    const double t = (x[i] - x0) * inv;  // >= 0: truncation is the floor
    const std::size_t j = std::min(static_cast<std::size_t>(t), maxSeg);
    y[i] = table[j] + (t - static_cast<double>(j)) * (table[j + 1] - table[j]);
  }
}

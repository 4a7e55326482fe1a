#include <cmath>

void integerSqrt(std::vector<std::uint32_t> const& x, std::vector<std::uint32_t>& r) {
  const std::size_t n = x.size();
  #pragma omp parallel for schedule(static)
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t v = x[i];
    std::uint64_t s = static_cast<std::uint64_t>(std::sqrt(static_cast<double>(v)));
    if (s * s > v) --s;
    else if ((s + 1) * (s + 1) <= v) ++s;
    r[i] = static_cast<std::uint32_t>(s);
  }
}

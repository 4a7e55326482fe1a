#include <cmath>

void integerSqrt(std::vector<std::uint32_t> const& x, std::vector<std::uint32_t>& r) {
  for (std::size_t i = 0; i < x.size(); ++i) {
    // The double square root of a 32-bit integer is within one of the answer: fix it up.
    std::uint64_t v = x[i];
    std::uint64_t s = static_cast<std::uint64_t>(std::sqrt(static_cast<double>(v)));
    if (s * s > v) --s;
    else if ((s + 1) * (s + 1) <= v) ++s;
    r[i] = static_cast<std::uint32_t>(s);
  }
}

#include <algorithm>

std::vector<double> mergeSorted(std::vector<double> const& a, std::vector<double> const& b) {
  const std::size_t na = a.size(), nb = b.size(), n = na + nb;
  std::vector<double> out(n);
  const int parts = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(n / 64) + 1));
  // Merge path: output range [n*p/parts, n*(p+1)/parts) comes from a prefix split of a and b
  // found by binary search on the diagonal, so every part merges independently.
  #pragma omp parallel for schedule(static, 1)
  for (int p = 0; p < parts; ++p) {
    auto split = [&](std::size_t d) {
      std::size_t lo = d > nb ? d - nb : 0, hi = std::min(d, na);
      while (lo < hi) {  // the number of elements taken from a among the first d outputs
        std::size_t i = (lo + hi) / 2;
        if (a[i] <= b[d - i - 1]) lo = i + 1;
        else hi = i;
      }
      return lo;
    };
    std::size_t d0 = n * p / parts, d1 = n * (p + 1) / parts;
    std::size_t i0 = split(d0), i1 = split(d1);
    std::merge(a.begin() + i0, a.begin() + i1, b.begin() + (d0 - i0), b.begin() + (d1 - i1), out.begin() + d0);
  }
  return out;
}

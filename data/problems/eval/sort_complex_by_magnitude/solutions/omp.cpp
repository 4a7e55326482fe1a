#include <algorithm>
#include <utility>

void sortComplexByMagnitude(std::vector<std::complex<double>>& x) {
  using Item = std::pair<double, std::complex<double>>;
  const std::size_t n = x.size();
  std::vector<Item> keyed(n);
  #pragma omp parallel for
  for (std::size_t i = 0; i < n; ++i) {
    double re = x[i].real(), im = x[i].imag();
    keyed[i] = {re * re + im * im, x[i]};
  }
  auto less = [](const Item& a, const Item& b) { return a.first < b.first; };
  // Sort one contiguous chunk per thread, then merge the chunks pairwise.
  const int chunks = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(n / 64) + 1));
  std::vector<std::size_t> bound(chunks + 1);
  for (int c = 0; c <= chunks; ++c) bound[c] = n * c / chunks;
  #pragma omp parallel for schedule(static, 1)
  for (int c = 0; c < chunks; ++c) std::sort(keyed.begin() + bound[c], keyed.begin() + bound[c + 1], less);
  if (chunks > 1) {
    std::vector<Item> tmp(n);
    for (int width = 1; width < chunks; width *= 2) {
      #pragma omp parallel for schedule(static, 1)
      for (int c = 0; c < chunks; c += 2 * width) {
        std::size_t lo = bound[c], mid = bound[std::min(c + width, chunks)], hi = bound[std::min(c + 2 * width, chunks)];
        std::merge(keyed.begin() + lo, keyed.begin() + mid, keyed.begin() + mid, keyed.begin() + hi, tmp.begin() + lo, less);
      }
      keyed.swap(tmp);
    }
  }
  #pragma omp parallel for
  for (std::size_t i = 0; i < n; ++i) x[i] = keyed[i].second;
}

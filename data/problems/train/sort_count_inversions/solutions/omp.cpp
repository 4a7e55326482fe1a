#include <algorithm>

std::uint64_t countInversions(std::vector<int> const& x) {
  auto mergeRuns = [](const std::vector<int>& a, std::vector<int>& b, std::size_t lo, std::size_t mid,
                      std::size_t hi) -> std::uint64_t {
    std::uint64_t count = 0;
    std::size_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
      if (a[i] <= a[j]) {
        b[k++] = a[i++];
      } else {
        count += mid - i;
        b[k++] = a[j++];
      }
    }
    while (i < mid) b[k++] = a[i++];
    while (j < hi) b[k++] = a[j++];
    return count;
  };
  const std::size_t n = x.size();
  std::vector<int> a = x, b(n);
  std::uint64_t count = 0;
  // Runs of `width` elements are merged pairwise; the merges of one level are independent.
  // Early levels have many small merges, the last levels few big ones (parallel only across
  // pairs, which is enough for a few threads).
  for (std::size_t width = 1; width < n; width *= 2) {
    const long long pairs = static_cast<long long>((n + 2 * width - 1) / (2 * width));
    #pragma omp parallel for schedule(static) reduction(+ : count)
    for (long long p = 0; p < pairs; ++p) {
      std::size_t lo = static_cast<std::size_t>(p) * 2 * width;
      count += mergeRuns(a, b, lo, std::min(lo + width, n), std::min(lo + 2 * width, n));
    }
    a.swap(b);
  }
  return count;
}

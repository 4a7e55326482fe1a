#include <algorithm>

std::uint64_t countInversions(std::vector<int> const& x) {
  // Bottom-up merge sort between two buffers; taking from the right run while k elements
  // remain in the left run closes k inversions.
  const std::size_t n = x.size();
  std::vector<int> a = x, b(n);
  std::uint64_t count = 0;
  for (std::size_t width = 1; width < n; width *= 2) {
    for (std::size_t lo = 0; lo < n; lo += 2 * width) {
      std::size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
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
    }
    a.swap(b);
  }
  return count;
}

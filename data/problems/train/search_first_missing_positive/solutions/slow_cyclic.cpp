#include <utility>

int firstMissingPositive(std::vector<int> const& x) {
  // Cyclic sort on a copy: move every value v in 1..n to position v - 1.
  std::vector<int> a = x;
  const long long n = static_cast<long long>(a.size());
  for (long long i = 0; i < n; ++i) {
    while (a[i] >= 1 && a[i] <= n && a[a[i] - 1] != a[i]) std::swap(a[i], a[a[i] - 1]);
  }
  for (long long i = 0; i < n; ++i)
    if (a[i] != i + 1) return static_cast<int>(i + 1);
  return static_cast<int>(n + 1);
}
